"""The translation machinery (packaging/translations.py) and the shipped .ts files."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    name = "timeline_app_packaging_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


T = _load()


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    source = tmp_path / "timeline_app"
    for name, text in files.items():
        path = source / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return source


WINDOW = """\
    from timeline_app.i18n import context

    tr = context("MainWindow")
    TITLES = (tr.mark("Year"), tr.mark("Month"))


    def menu(count, path, items):
        a = tr("&File")
        b = tr("Open", "verb")
        c = tr.n("%n events", count, one="%n event")
        d = tr.n("%n items", len(items))
        e = tr("Opened {name}").format(name=path)
        f = tr(TITLES[0])
        g = tr("&File")
        return a, b, c, d, e, f, g
"""


# ---------------------------------------------------------------------------------------------
# extract


def test_extract_finds_every_kind_of_call_with_its_file_and_line(tmp_path: Path) -> None:
    source = _package(
        tmp_path,
        {
            "ui/window.py": WINDOW,
            "view/ticks.py": """\
                from timeline_app import i18n

                tr = i18n.context("Ticks")
                LABEL = tr("Week")
            """,
            "model/plain.py": "x = 'not translated'\n",
        },
    )
    messages = T.extract(source, tmp_path)
    found = {(m.context, m.source, m.disambiguation, m.numerus) for m in messages}
    assert found == {
        ("MainWindow", "Year", "", False),
        ("MainWindow", "Month", "", False),
        ("MainWindow", "&File", "", False),
        ("MainWindow", "Open", "verb", False),
        ("MainWindow", "%n events", "", True),
        ("MainWindow", "%n items", "", True),  # a count that is an expression
        ("MainWindow", "Opened {name}", "", False),
        ("Ticks", "Week", "", False),
    }
    # Sorted by context and text, the same message at two calls merged with both lines.
    assert [m.key for m in messages] == sorted(m.key for m in messages)
    assert next(m for m in messages if m.source == "%n events").one == "%n event"
    file_ = next(m for m in messages if m.source == "&File")
    assert file_.locations == [("timeline_app/ui/window.py", 8), ("timeline_app/ui/window.py", 14)]


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ("tr = context(NAME)", "context name must be one string literal"),
        ('x = tr(f"Opened {path}")', "not an f-string"),
        ('x = tr("Opened " + path)', "needs the text as one string literal"),
        ('x = tr.n("events", 3)', "has no %n"),
        ("x = tr.n(text, 3)", "needs the text as one string literal"),
        ("x = tr.mark(text)", "needs the text as one string literal"),
        ('x = tr("Open", which)', "disambiguation must be a string literal"),
        ('x = tr.n("%n files", 2, one="a file")', "one= must be a string literal with %n"),
    ],
)
def test_extract_refuses_calls_it_cannot_read_naming_file_and_line(
    tmp_path: Path, line: str, complaint: str
) -> None:
    body = f'from timeline_app.i18n import context\nNAME = "X"\ntr = context("X")\n{line}\n'
    source = _package(tmp_path, {"ui/bad.py": body})
    with pytest.raises(T.ExtractError) as caught:
        T.extract(source, tmp_path)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith("timeline_app/ui/bad.py:4: ")
    assert complaint in caught.value.problems[0]


def test_extract_refuses_one_context_in_two_modules_and_a_text_both_plural_and_plain(
    tmp_path: Path,
) -> None:
    header = 'from timeline_app.i18n import context\ntr = context("Shared")\n'
    source = _package(
        tmp_path,
        {
            "ui/a.py": header + 'a = tr("Save")\nb = tr.n("%n files", 2)\nc = tr("%n files")\n',
            "ui/b.py": header + 'a = tr("Close")\n',
        },
    )
    with pytest.raises(T.ExtractError) as caught:
        T.extract(source, tmp_path)
    problems = "\n".join(caught.value.problems)
    assert "timeline_app/ui/b.py:3: context 'Shared' is already the context of" in problems
    assert "timeline_app/ui/a.py:5: '%n files' is a plural at one call and plain" in problems


def test_the_command_line_lists_problems_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = 'from timeline_app.i18n import context\ntr = context("X")\ntr(f"{1}")\n'
    source = _package(tmp_path, {"ui/bad.py": body})
    monkeypatch.setattr(T, "SOURCE", source)
    monkeypatch.setattr(T, "ROOT", tmp_path)
    monkeypatch.setattr(T, "TRANSLATIONS", tmp_path / "translations")
    with pytest.raises(SystemExit) as stopped:
        T.main(["update"])
    assert "1 call(s) cannot be extracted" in str(stopped.value.code)
    assert "timeline_app/ui/bad.py:3: " in capsys.readouterr().err
    assert not (tmp_path / "translations").exists()


# ---------------------------------------------------------------------------------------------
# update


def _ts(tmp_path: Path, language: str) -> str:
    return T.ts_path(language, tmp_path / "translations").read_text(encoding="utf-8")


def _translate(path: Path, key: tuple[str, str, str], *forms: str) -> None:
    """Fill one message of a .ts file as a translator would in Linguist."""
    ts = T.read_ts(path)
    item = ts.translations[key]
    item.forms, item.finished = list(forms), True
    messages = [
        T.Message(t.context, t.source, t.disambiguation, t.numerus)
        for t in ts.translations.values()
    ]
    language = next(code for code, (qt, _) in T.LANGUAGES.items() if qt == ts.language)
    path.write_text(T.render_ts(language, messages, ts.translations, folder=path.parent))


def test_update_writes_sorted_ts_files_keeps_translations_and_drops_removed_messages(
    tmp_path: Path,
) -> None:
    source = _package(tmp_path, {"ui/window.py": WINDOW})
    folder = tmp_path / "translations"
    summary = T.update(T.extract(source, tmp_path), folder=folder, root=tmp_path)
    assert summary == {"de": (7, 7), "fr": (7, 7)}
    de = _ts(tmp_path, "de")
    assert '<TS version="2.1" language="de_DE" sourcelanguage="en">' in de
    assert 'language="fr_FR"' in _ts(tmp_path, "fr")
    assert de.count("<numerusform></numerusform>") == 4  # two plurals, two forms each
    assert '<location filename="../timeline_app/ui/window.py"/>' in de
    assert "<extracomment>English for 1: %n event</extracomment>" in de
    assert 'line="' not in de  # no line numbers unless asked: they would conflict in merges
    sources = re.findall(r"<source>(.*?)</source>", de)
    assert sources == sorted(sources)
    assert "<source>&amp;File</source>" in de

    de_path = T.ts_path("de", folder)
    _translate(de_path, ("MainWindow", "&File", ""), "&Datei")
    _translate(de_path, ("MainWindow", "%n events", ""), "%n Ereignis", "%n Ereignisse")
    (source / "ui" / "window.py").write_text(
        textwrap.dedent(WINDOW).replace('tr("Opened {name}")', 'tr("Saved {name}")')
    )
    summary = T.update(T.extract(source, tmp_path), folder=folder, root=tmp_path)
    assert summary["de"] == (7, 5)
    kept = T.read_ts(de_path).translations
    assert kept[("MainWindow", "&File", "")].forms == ["&Datei"]
    assert kept[("MainWindow", "%n events", "")].forms == ["%n Ereignis", "%n Ereignisse"]
    assert ("MainWindow", "Opened {name}", "") not in kept
    assert not kept[("MainWindow", "Saved {name}", "")].done
    # The same source and translations give the same bytes: nothing to merge.
    before = de_path.read_bytes()
    T.update(T.extract(source, tmp_path), folder=folder, root=tmp_path)
    assert de_path.read_bytes() == before


def test_update_from_other_ts_files_fills_only_unfinished_messages_of_the_same_language(
    tmp_path: Path,
) -> None:
    source = _package(tmp_path, {"ui/window.py": WINDOW})
    messages = T.extract(source, tmp_path)
    mine, theirs = tmp_path / "translations", tmp_path / "theirs"
    T.update(messages, folder=mine, root=tmp_path)
    T.update(messages, folder=theirs, root=tmp_path)
    _translate(T.ts_path("de", mine), ("MainWindow", "&File", ""), "&Datei")
    _translate(T.ts_path("de", theirs), ("MainWindow", "&File", ""), "D&atei")
    _translate(T.ts_path("de", theirs), ("MainWindow", "Year", ""), "Jahr")
    _translate(T.ts_path("fr", theirs), ("MainWindow", "Month", ""), "Mois")
    T.update(
        messages,
        [T.ts_path("fr", theirs), T.ts_path("de", theirs)],
        folder=mine,
        root=tmp_path,
    )
    de = T.read_ts(T.ts_path("de", mine)).translations
    fr = T.read_ts(T.ts_path("fr", mine)).translations
    assert de[("MainWindow", "&File", "")].forms == ["&Datei"]  # finished here: kept
    assert de[("MainWindow", "Year", "")].forms == ["Jahr"]
    assert not de[("MainWindow", "Month", "")].done  # the French word stays in French
    assert fr[("MainWindow", "Month", "")].forms == ["Mois"]
    assert not fr[("MainWindow", "Year", "")].done


def test_a_broken_ts_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>")
    with pytest.raises(ValueError, match=r"broken\.ts: cannot be read as a \.ts file"):
        T.read_ts(broken)


# ---------------------------------------------------------------------------------------------
# build


def test_build_makes_qm_files_that_qt_translates_with_plurals(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    source = _package(tmp_path, {"ui/window.py": WINDOW})
    folder = tmp_path / "translations"
    T.update(T.extract(source, tmp_path), folder=folder, root=tmp_path)
    de_path = T.ts_path("de", folder)
    _translate(de_path, ("MainWindow", "&File", ""), "&Datei")
    _translate(de_path, ("MainWindow", "Open", "verb"), "Öffnen")
    _translate(de_path, ("MainWindow", "%n events", ""), "%n Ereignis", "%n Ereignisse")
    built = T.build(folder)
    assert built == [T.qm_path("de", folder), T.qm_path("fr", folder)]
    translator = QTranslator()
    assert translator.load(str(T.qm_path("de", folder)))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("MainWindow", "Open", "verb") == "Öffnen"
    assert translator.translate("MainWindow", "%n events", None, 1) == "%n Ereignis"
    assert translator.translate("MainWindow", "%n events", None, 5) == "%n Ereignisse"
    assert translator.translate("MainWindow", "Year") == ""  # unfinished: English at run time


def test_build_fails_loudly_without_lrelease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(T.sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setattr(T.shutil, "which", lambda *a, **k: None)
    monkeypatch.setitem(sys.modules, "PySide6", None)
    with pytest.raises(SystemExit, match="pyside6-lrelease not found"):
        T.build(tmp_path)


# ---------------------------------------------------------------------------------------------
# the shipped translations


MESSAGES = T.extract()
SHIPPED = {language: T.read_ts(T.ts_path(language)) for language in T.LANGUAGES}


@pytest.mark.parametrize("language", sorted(T.LANGUAGES))
def test_the_ts_files_hold_exactly_the_messages_of_the_source(language: str) -> None:
    report = T.compare(language, MESSAGES)
    assert not report.missing and not report.obsolete, (
        "run: python packaging/translations.py update\nmissing:\n"
        + "\n".join(map(T.describe, report.missing))
        + "\nobsolete:\n"
        + "\n".join(map(T.describe, report.obsolete))
    )


@pytest.mark.parametrize("language", sorted(T.LANGUAGES))
def test_every_message_is_translated(language: str) -> None:
    unfinished = T.compare(language, MESSAGES).unfinished
    assert not unfinished, f"{len(unfinished)} unfinished in {language}:\n" + "\n".join(
        map(T.describe, unfinished)
    )


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n", text))


@pytest.mark.parametrize("language", sorted(T.LANGUAGES))
def test_translations_keep_the_fields_and_the_number_of_their_source(language: str) -> None:
    wrong = []
    for key, item in sorted(SHIPPED[language].translations.items()):
        for form in item.forms:
            if form and _fields(form) != _fields(item.source):
                wrong.append(f"{T.describe(key)} -> {form!r}")
    assert not wrong, "\n".join(wrong)


# ---------------------------------------------------------------------------------------------
# no untranslatable text in ui/

# Qt calls whose string arguments a user reads (every positional and keyword argument, unless
# listed in ONLY), and the project's own helpers that pass their text on to one.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "showMessage",
    "addMenu", "addAction", "setItemText", "addItem", "addItems", "insertItem", "setTabText",
    "addTab", "insertTab", "setHeaderLabels", "setHorizontalHeaderLabels", "setTitle",
    "setInformativeText", "setLabelText", "setCancelButtonText", "setButtonText", "addButton",
    "setSuffix", "setPrefix", "setSpecialValueText", "setWindowIconText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolBar", "QDockWidget", "QProgressDialog", "QCommandLinkButton",
    "information", "warning", "critical", "question", "about",  # QMessageBox's
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "getText", "getItem", "getInt", "getDouble",  # QInputDialog's
    "_action",  # MainWindow._action(text, slot, shortcuts, tip)
}  # fmt: skip
# Arguments that are not text: a file dialog's start folder, a combo item's data.
ONLY = {
    "getOpenFileName": {1, 3, "caption", "filter"},
    "getOpenFileNames": {1, 3, "caption", "filter"},
    "getSaveFileName": {1, 3, "caption", "filter"},
    "getExistingDirectory": {1, "caption"},
    "warning": {0, 1, 2, "title", "text"},  # not logging's warning(message)
}
_LETTER = re.compile(r"[^\W\d_]")


def _text_parts(node: ast.expr, tr_names: set[str]) -> list[ast.Constant]:
    """The string literals in ``node`` that would reach the screen untranslated."""
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and _LETTER.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [p for v in node.values for p in _text_parts(v, tr_names)]
    if isinstance(node, ast.BinOp):
        return _text_parts(node.left, tr_names) + _text_parts(node.right, tr_names)
    if isinstance(node, ast.IfExp):
        return _text_parts(node.body, tr_names) + _text_parts(node.orelse, tr_names)
    if isinstance(node, ast.BoolOp):
        return [p for v in node.values for p in _text_parts(v, tr_names)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [p for v in node.elts for p in _text_parts(v, tr_names)]
    if isinstance(node, ast.Dict):
        return [p for v in node.values for p in _text_parts(v, tr_names)]
    if isinstance(node, ast.Subscript):
        return _text_parts(node.value, tr_names)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _text_parts(func.value, tr_names)  # "Saved {name}".format(…) is text too
        return []  # tr(…), tr.n(…) and any other call: what it returns is its own business
    return []


def untranslated(path: Path, root: Path = ROOT) -> list[str]:
    """'file:line: text' for each string literal a Qt text call shows without tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tr_names = set(T._module_contexts(tree, str(path), []))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_CALLS:
            continue
        if name == "warning" and isinstance(func, ast.Attribute) and func.value is not None:
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id == "QMessageBox"):
                continue  # log.warning(…) and the like
        only = ONLY.get(name)
        if name == "addItem":  # (text, data) or (icon, text, data)
            only = {1 if len(node.args) >= 3 else 0, "text"}
        elif name == "insertItem":  # (index, text, data) or (index, icon, text, data)
            only = {2 if len(node.args) >= 4 else 1, "text"}
        arguments: list[ast.expr] = [
            a for i, a in enumerate(node.args) if only is None or i in only
        ] + [k.value for k in node.keywords if only is None or k.arg in only]
        for argument in arguments:
            for part in _text_parts(argument, tr_names):
                where = path.relative_to(root).as_posix()
                found.append(f"{where}:{part.lineno}: {name}({part.value!r})")
    return sorted(set(found), key=lambda s: (int(s.split(":")[1]), s))


UI_FILES = sorted((ROOT / "timeline_app" / "ui").glob("*.py"))


@pytest.mark.parametrize("path", UI_FILES, ids=[p.name for p in UI_FILES])
def test_no_untranslatable_text_in_ui(path: Path) -> None:
    found = untranslated(path)
    assert not found, f"{len(found)} strings shown without tr():\n" + "\n".join(found)


def test_the_check_finds_text_shown_without_tr(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text(
        textwrap.dedent(
            """\
            from timeline_app.i18n import context
            tr = context("X")
            button = QPushButton("&Save")
            box.setText(f"Saved {name}")
            bar.showMessage("Saved {name}".format(name=name), 4000)
            act = QAction({"light": "&Light"}[choice], self)
            log.warning("not for people %s", x)
            QMessageBox.warning(self, "Cannot save", tr("Sure?"))
            path = QFileDialog.getSaveFileName(self, tr("Save As"), "a.json", "Files (*.json)")
            combo.addItem(tr("PNG image"), "png")
            fine = QLabel(tr("Saved {name}").format(name=name)), QLabel(f"{a} × {b}")
            """
        )
    )
    found = [s.split(": ", 1)[1] for s in untranslated(tmp_path / "x.py", tmp_path)]
    assert found == [
        "QPushButton('&Save')",
        "setText('Saved ')",
        "showMessage('Saved {name}')",
        "QAction('&Light')",
        "warning('Cannot save')",
        "getSaveFileName('Files (*.json)')",
    ]


def test_no_break_spaces_are_written_so_that_a_reader_sees_them(tmp_path: Path) -> None:
    source = _package(tmp_path, {"ui/window.py": WINDOW})
    folder = tmp_path / "translations"
    T.update(T.extract(source, tmp_path), folder=folder, root=tmp_path)
    fr = T.ts_path("fr", folder)
    _translate(fr, ("MainWindow", "Opened {name}", ""), "Ouvert\u00a0: «\u202f{name}\u202f»")
    assert "Ouvert&#xa0;: «&#x202f;{name}&#x202f;»" in fr.read_text(encoding="utf-8")
    kept = T.read_ts(fr).translations[("MainWindow", "Opened {name}", "")]
    assert kept.forms == ["Ouvert\u00a0: «\u202f{name}\u202f»"]


def test_the_translations_ship_in_the_wheel_and_the_bundle() -> None:
    from fnmatch import fnmatch

    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    package = "timeline_app.resources.translations"
    assert package in setuptools["packages"]
    assert setuptools["package-dir"][package] == "resources/translations"
    assert any(fnmatch("timeline_app_de.qm", p) for p in setuptools["package-data"][package])
    spec = (ROOT / "packaging" / "timeline-app.spec").read_text(encoding="utf-8")
    assert '"timeline_app/resources/translations"' in spec
    assert "qtbase_(?:de|fr)" in spec  # Qt's own, for the standard buttons
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert '"translations.py"), "build"]' in build  # made before the bundle
    assert ".qm" in (ROOT / ".gitignore").read_text(encoding="utf-8")  # built, not committed
