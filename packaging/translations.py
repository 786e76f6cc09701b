#!/usr/bin/env python3
"""The app's translations: find the translatable strings, keep the .ts files, build the .qm.

    python packaging/translations.py extract              list every message found in the source
    python packaging/translations.py update [--from F…]   write resources/translations/*.ts
    python packaging/translations.py check                fail if a .ts file is out of date
                                                          or has unfinished translations
    python packaging/translations.py build                make the .qm files (pyside6-lrelease)

The source declares one context per module (see timeline_app/i18n.py)::

    from timeline_app.i18n import context
    tr = context("MainWindow")
    tr("Open…"); tr("Open", "verb"); tr.n("%n events", count); tr.mark("Year")

``extract`` reads every timeline_app/**/*.py with ``ast`` and collects those calls, so the
context and the text must be string literals. ``update`` writes one Qt TS 2.1 file per
shipped language with the contexts and messages sorted (so that two branches adding messages
to different contexts merge cleanly), keeps every existing translation, and drops messages that
are no longer in the source. ``--from OTHER.ts …`` fills messages still unfinished here with
finished translations of the same message from other .ts files of the same language (for
merging the .ts files of two branches: keep one side, then update --from the other).

pyside6-lupdate is not used: its Python parser cannot see the context objects above, and for
QCoreApplication.translate(ctx, "%n …", None, count) it keeps a plural as a plain message when
the count is a variable and skips the call when the count is an expression such as len(x).

The .qm files are built, not committed (.gitignore): ``build`` runs pyside6-lrelease from
the Python environment running this script, and fails if it is missing.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "timeline_app"
TRANSLATIONS = ROOT / "resources" / "translations"
BASENAME = "timeline_app"
# The shipped languages: the short code the app uses, the TS file's language, and how many
# plural forms (numerusform) the language has in Qt.
LANGUAGES: dict[str, tuple[str, int]] = {"de": ("de_DE", 2), "fr": ("fr_FR", 2)}

Key = tuple[str, str, str]  # (context, source, disambiguation or "")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{BASENAME}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{BASENAME}_{language}.qm"


# ---------------------------------------------------------------------------------------------
# extract


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    one: str = ""  # a plural's English singular (tr.n(..., one="%n event")), for translators

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


class ExtractError(Exception):
    """Calls that cannot be extracted; ``problems`` holds one "file:line: what" per call."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


def _is_context_call(node: ast.expr) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in ("context", "Context")  # Context: i18n's own, for i18n.number
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "context"
        and isinstance(func.value, ast.Name)
        and func.value.id == "i18n"
    )


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _holds_text(node: ast.expr) -> bool:
    """An f-string, or text built with + or % from a literal: text the extractor cannot see."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return any(
            _literal(side) is not None or _holds_text(side) for side in (node.left, node.right)
        )
    return False


def _argument(call: ast.Call, position: int, name: str) -> ast.expr | None:
    if len(call.args) > position and not isinstance(call.args[position], ast.Starred):
        return call.args[position]
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _module_contexts(tree: ast.Module, where: str, problems: list[str]) -> dict[str, str]:
    """The module-level ``NAME = context("Ctx")`` assignments: NAME → Ctx."""
    found: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if not _is_context_call(value):
            continue
        assert isinstance(value, ast.Call)
        name = _literal(value.args[0]) if len(value.args) == 1 and not value.keywords else None
        if not name:
            problems.append(
                f"{where}:{statement.lineno}: the context name must be one string literal,"
                ' as in tr = context("MainWindow")'
            )
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = name
    return found


def extract_file(path: Path, root: Path = ROOT) -> tuple[list[Message], list[str]]:
    """The messages of one source file, and the problems found in it."""
    try:
        where = path.relative_to(root).as_posix()
    except ValueError:
        where = path.as_posix()
    problems: list[str] = []
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    except SyntaxError as error:
        return [], [f"{where}:{error.lineno}: cannot be read: {error.msg}"]
    contexts = _module_contexts(tree, where, problems)
    messages: list[Message] = []
    if not contexts:
        return messages, problems
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        kind: str
        if isinstance(func, ast.Name) and func.id in contexts:
            kind, context_name, call = "plain", contexts[func.id], f"{func.id}()"
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in contexts
            and func.attr in ("n", "mark")
        ):
            kind, context_name = func.attr, contexts[func.value.id]
            call = f"{func.value.id}.{kind}()"
        else:
            continue
        here = f"{where}:{node.lineno}"
        text_node = _argument(node, 0, "text")
        if text_node is None:
            problems.append(f"{here}: {call} without its text")
            continue
        text = _literal(text_node)
        if text is None:
            if _holds_text(text_node):
                problems.append(
                    f"{here}: {call} needs the text as one string literal; pass values with"
                    ' .format(), as in tr("Opened {name}").format(name=path), not an f-string'
                    " or + or %"
                )
            elif kind != "plain":
                problems.append(f"{here}: {call} needs the text as one string literal")
            # tr(value) translates text marked elsewhere with tr.mark(): nothing to collect.
            continue
        disambiguation = ""
        if kind != "mark":
            node_d = _argument(node, 2 if kind == "n" else 1, "disambiguation")
            if node_d is not None and not (
                isinstance(node_d, ast.Constant) and node_d.value is None
            ):
                literal = _literal(node_d)
                if literal is None:
                    problems.append(f"{here}: {call}'s disambiguation must be a string literal")
                    continue
                disambiguation = literal
        if kind == "n" and "%n" not in text:
            problems.append(f"{here}: {call} text {text!r} has no %n for the number")
            continue
        if kind == "n" and _argument(node, 1, "count") is None:
            problems.append(f"{here}: {call} without its count")
            continue
        one = ""
        node_one = _argument(node, 99, "one") if kind == "n" else None
        if node_one is not None:
            literal = _literal(node_one)
            if literal is None or "%n" not in literal:
                problems.append(f"{here}: {call}'s one= must be a string literal with %n")
                continue
            one = literal
        messages.append(
            Message(context_name, text, disambiguation, kind == "n", [(where, node.lineno)], one)
        )
    return messages, problems


def source_files(source: Path = SOURCE) -> list[Path]:
    return sorted(p for p in source.rglob("*.py") if "__pycache__" not in p.parts)


def extract(source: Path = SOURCE, root: Path = ROOT) -> list[Message]:
    """Every message of the source, merged by (context, text, disambiguation) and sorted.

    Raises ExtractError listing every call that cannot be extracted, a context declared in
    two modules, and a text used both as a plural and as a plain message."""
    problems: list[str] = []
    merged: dict[Key, Message] = {}
    declared: dict[str, str] = {}
    for path in source_files(source):
        messages, file_problems = extract_file(path, root)
        problems.extend(file_problems)
        for message in messages:
            where = message.locations[0][0]
            first = declared.setdefault(message.context, where)
            if first != where:
                problems.append(
                    f"{where}:{message.locations[0][1]}: context {message.context!r} is"
                    f" already the context of {first}; each module has its own"
                )
                continue
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
            elif known.numerus != message.numerus:
                a, b = known.locations[0], message.locations[0]
                problems.append(
                    f"{b[0]}:{b[1]}: {message.source!r} is a plural at one call and plain at"
                    f" another ({a[0]}:{a[1]}); give one a disambiguation"
                )
            else:
                known.locations.extend(message.locations)
                known.one = known.one or message.one
    if problems:
        raise ExtractError(sorted(set(problems), key=_problem_order))
    return sorted(merged.values(), key=lambda m: m.key)


def _problem_order(problem: str) -> tuple[str, int, str]:
    match = re.match(r"(.*?):(\d+): ", problem)
    return (match.group(1), int(match.group(2)), problem) if match else (problem, 0, problem)


# ---------------------------------------------------------------------------------------------
# .ts files


@dataclass
class Translation:
    """A message as a .ts file holds it."""

    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=list)  # one, or one per numerus form
    finished: bool = False
    translator_comment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)

    @property
    def done(self) -> bool:
        return self.finished and bool(self.forms) and all(self.forms)


@dataclass
class TsFile:
    language: str  # "de_DE"
    translations: dict[Key, Translation]


def read_ts(path: Path) -> TsFile:
    """A .ts file's messages; ValueError naming the file on anything unreadable."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise ValueError(f"{path}: cannot be read as a .ts file: {error}") from error
    if root.tag != "TS":
        raise ValueError(f"{path}: not a .ts file (root element <{root.tag}>)")
    translations: dict[Key, Translation] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            if source is None:
                continue
            element = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: list[str] = []
            finished = False
            if element is not None:
                if numerus:
                    forms = [f.text or "" for f in element.iter("numerusform")]
                else:
                    forms = [element.text or ""]
                finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            item = Translation(
                name,
                source,
                message.findtext("comment") or "",
                numerus,
                forms,
                finished,
                message.findtext("translatorcomment") or "",
            )
            translations[item.key] = item
    return TsFile(root.get("language") or "", translations)


# Spaces that look like others, written as references so that a reader of the .ts sees them:
# French puts a no-break space before : ; ? ! and inside « ».
_INVISIBLE = {"\u00a0": "&#xa0;", "\u202f": "&#x202f;", "\u2009": "&#x2009;"}


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;", **_INVISIBLE})


def render_ts(
    language: str,
    messages: Iterable[Message],
    old: dict[Key, Translation],
    lines: bool = False,
    folder: Path = TRANSLATIONS,
    root: Path = ROOT,
) -> str:
    """The .ts text for ``language`` with ``messages`` and the translations kept from ``old``."""
    qt_language, forms = LANGUAGES[language]
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{qt_language}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        out += ["<context>", f"    <name>{_text(name)}</name>"]
        for message in sorted(by_context[name], key=lambda m: m.key):
            kept = old.get(message.key)
            if kept is not None and kept.numerus != message.numerus:
                kept = None
            numerus = ' numerus="yes"' if message.numerus else ""
            out.append(f"    <message{numerus}>")
            files = sorted({(f, line) for f, line in message.locations})
            seen: set[str] = set()
            for filename, line in files:
                relative = os.path.relpath(root / filename, folder).replace(os.sep, "/")
                if lines:
                    out.append(f'        <location filename="{_text(relative)}" line="{line}"/>')
                elif relative not in seen:
                    out.append(f'        <location filename="{_text(relative)}"/>')
                seen.add(relative)
            out.append(f"        <source>{_text(message.source)}</source>")
            if message.disambiguation:
                out.append(f"        <comment>{_text(message.disambiguation)}</comment>")
            if message.one:
                out.append(
                    f"        <extracomment>English for 1: {_text(message.one)}</extracomment>"
                )
            if kept is not None and kept.translator_comment:
                out.append(
                    f"        <translatorcomment>{_text(kept.translator_comment)}"
                    "</translatorcomment>"
                )
            texts = list(kept.forms) if kept is not None else []
            finished = kept is not None and kept.done
            state = "" if finished else ' type="unfinished"'
            if message.numerus:
                texts = (texts + [""] * forms)[:forms]
                if finished and not all(texts):
                    state = ' type="unfinished"'
                out.append(f"        <translation{state}>")
                out += [f"            <numerusform>{_text(t)}</numerusform>" for t in texts]
                out.append("        </translation>")
            else:
                text = texts[0] if texts else ""
                out.append(f"        <translation{state}>{_text(text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def update(
    messages: Sequence[Message],
    others: Sequence[Path] = (),
    folder: Path = TRANSLATIONS,
    lines: bool = False,
    root: Path = ROOT,
) -> dict[str, tuple[int, int]]:
    """Write every language's .ts file; per language (messages, still unfinished)."""
    donors: dict[str, list[TsFile]] = {}
    for path in others:
        other = read_ts(path)
        donors.setdefault(other.language, []).append(other)
    summary: dict[str, tuple[int, int]] = {}
    for language, (qt_language, _) in LANGUAGES.items():
        path = ts_path(language, folder)
        old = read_ts(path).translations if path.exists() else {}
        for donor in donors.get(qt_language, []):
            for key, translation in donor.translations.items():
                mine = old.get(key)
                if translation.done and (mine is None or not mine.done):
                    old[key] = translation
        _write_atomic(path, render_ts(language, messages, old, lines, folder, root))
        summary[language] = (len(messages), len(compare(language, messages, folder).unfinished))
    return summary


@dataclass
class Report:
    """How a .ts file differs from the source."""

    missing: list[Key] = field(default_factory=list)
    obsolete: list[Key] = field(default_factory=list)
    unfinished: list[Key] = field(default_factory=list)


def compare(language: str, messages: Sequence[Message], folder: Path = TRANSLATIONS) -> Report:
    path = ts_path(language, folder)
    present = read_ts(path).translations if path.exists() else {}
    _, forms = LANGUAGES[language]
    wanted = {m.key: m for m in messages}
    report = Report()
    report.missing = sorted(k for k in wanted if k not in present)
    report.obsolete = sorted(k for k in present if k not in wanted)
    for key, message in sorted(wanted.items()):
        have = present.get(key)
        if have is None:
            continue
        if (
            have.numerus != message.numerus
            or not have.done
            or (message.numerus and len(have.forms) != forms)
        ):
            report.unfinished.append(key)
    return report


def describe(key: Key) -> str:
    context, source, disambiguation = key
    extra = f" ({disambiguation})" if disambiguation else ""
    return f"{context}: {source!r}{extra}"


# ---------------------------------------------------------------------------------------------
# build


def lrelease() -> list[str]:
    """The command that runs lrelease from this Python's PySide6; SystemExit if there is none."""
    scripts = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(scripts))
    if found:
        return [found]
    try:
        import PySide6

        package = Path(PySide6.__file__ or "").parent
    except ImportError:
        package = None
    if package is not None:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
            candidate = package / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit(
        f"translations: pyside6-lrelease not found next to {sys.executable} nor in PySide6;"
        " install PySide6 (pip install PySide6-Essentials) in this environment"
    )


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    """Make every language's .qm from its .ts; SystemExit naming the file on any failure."""
    command = lrelease()
    built: list[Path] = []
    for language in LANGUAGES:
        source = ts_path(language, folder)
        if not source.exists():
            raise SystemExit(f"translations: {source} is missing; run update first")
        target = qm_path(language, folder)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".qm")
        os.close(handle)
        try:
            result = subprocess.run(
                [*command, "-silent", str(source), "-qm", temporary],
                capture_output=True,
                text=True,
            )
            if result.returncode != 0 or Path(temporary).stat().st_size == 0:
                raise SystemExit(
                    f"translations: lrelease failed on {source} (exit {result.returncode}):"
                    f" {(result.stderr or result.stdout).strip()}"
                )
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
        built.append(target)
    return built


# ---------------------------------------------------------------------------------------------
# command line


def _extract_or_exit() -> list[Message]:
    try:
        return extract(SOURCE, ROOT)
    except ExtractError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(
            f"translations: {len(error.problems)} call(s) cannot be extracted"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="list the messages found in the source")
    update_parser = commands.add_parser("update", help="write the .ts files")
    update_parser.add_argument(
        "--from",
        dest="others",
        nargs="+",
        type=Path,
        default=[],
        metavar="TS",
        help="fill unfinished messages from these .ts files (matched by their language)",
    )
    update_parser.add_argument(
        "--lines", action="store_true", help="write source line numbers into <location>"
    )
    commands.add_parser("check", help="fail if a .ts file is out of date or unfinished")
    commands.add_parser("build", help="make the .qm files with pyside6-lrelease")
    args = parser.parse_args(argv)

    if args.command == "extract":
        for message in _extract_or_exit():
            kind = " [plural]" if message.numerus else ""
            where = ", ".join(f"{f}:{line}" for f, line in message.locations)
            print(f"{describe(message.key)}{kind}  {where}")
        return 0
    if args.command == "update":
        messages = _extract_or_exit()
        try:
            summary = update(messages, args.others, TRANSLATIONS, args.lines, ROOT)
        except ValueError as error:
            raise SystemExit(f"translations: {error}") from error
        for language, (count, unfinished) in summary.items():
            name = ts_path(language, TRANSLATIONS).relative_to(ROOT)
            print(f"{name}: {count} messages, {unfinished} unfinished")
        return 0
    if args.command == "check":
        messages = _extract_or_exit()
        failed = False
        for language in LANGUAGES:
            report = compare(language, messages, TRANSLATIONS)
            for title, keys in (
                ("missing (run update)", report.missing),
                ("obsolete (run update)", report.obsolete),
                ("unfinished", report.unfinished),
            ):
                if keys:
                    failed = True
                    print(
                        f"{ts_path(language, TRANSLATIONS).relative_to(ROOT)}: {len(keys)} {title}:"
                    )
                    for key in keys:
                        print(f"    {describe(key)}")
        return 1 if failed else 0
    if args.command == "build":
        for path in build(TRANSLATIONS):
            print(f"built {path.relative_to(ROOT)}")
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
