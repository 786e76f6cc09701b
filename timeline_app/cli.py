"""The command line: the GUI by default, and headless subcommands that need no display.

timeline-app [FILE]                 the GUI (the bundled timeline when no FILE)
timeline-app validate FILE...       check files; one line per problem on stderr
                                    (--check-quotes: the quotes against their sources' texts)
timeline-app events [FILE] --json   the normalized events as JSON on stdout
timeline-app export [FILE] -o OUT   an image (PNG, SVG) or PDF of the timeline
timeline-app present [FILE]         full-screen presentation for a class
timeline-app convert FILE -o OUT    any timeline the app reads, in the app's own format
timeline-app --version
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from timeline_app import __version__
from timeline_app.cliguard import PROG, OneLineParser, guarded, report, shown_name

SUBCOMMANDS = ("validate", "events", "export", "present", "convert")
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    report(message)


def cmd_validate(
    files: Sequence[str], check_quotes: bool = False, source_texts: Sequence[str] = ()
) -> int:
    from timeline_app.formats import TimelineFileError
    from timeline_app.formats.registry import open_any

    overrides = _source_texts(source_texts)
    if overrides is None:
        return EXIT_USAGE
    check_quotes = check_quotes or bool(overrides)
    failed = False
    for file in files:
        try:
            timeline = open_any(file)
        except TimelineFileError as err:
            failed = True
            _print_problems(file, err)
        else:
            for w in timeline.warnings:
                print(_as_warning(w), file=sys.stderr)
            n, w = len(timeline), len(timeline.warnings)
            extra = f", {w:,} warning{'' if w == 1 else 's'}" if w else ""
            if check_quotes:
                from timeline_app.formats.quotereport import check_timeline

                known = {s.id for s in timeline.sources}
                have = ", ".join(sorted(known)) or "none"
                for sid in sorted(overrides.keys() - known):
                    print(
                        f"{shown_name(file)}: --source-text names the source {sid!r}, which "
                        f"the file does not have (its sources: {have})",
                        file=sys.stderr,
                    )
                    failed = True
                quotes = check_timeline(timeline, overrides)
                for problem in quotes.problems:
                    print(problem, file=sys.stderr)
                extra += f"; {quotes.summary()}"
                if quotes.failed:
                    failed = True
                    print(f"{shown_name(file)}: {n:,} event{'' if n == 1 else 's'}{extra}")
                    continue
            print(f"{shown_name(file)}: OK, {n:,} event{'' if n == 1 else 's'}{extra}")
    return EXIT_INVALID if failed else EXIT_OK


def _source_texts(pairs: Sequence[str]) -> dict[str, str] | None:
    """--source-text SOURCE_ID=TEXT_FILE options as a dictionary; None after saying what is
    wrong with one."""
    from timeline_app.formats.quotecheck import TEXT_SUFFIXES
    from timeline_app.fsutil import FileRefused, check_regular_file

    out: dict[str, str] = {}
    for pair in pairs:
        sid, sep, path = pair.partition("=")
        if not sep or not sid or not path:
            _err(
                f"--source-text {pair!r}: write SOURCE_ID=TEXT_FILE, "
                "e.g. --source-text valdai-2017=article.txt"
            )
            return None
        if not path.lower().endswith(TEXT_SUFFIXES):
            _err(f"--source-text {shown_name(path)}: name a .txt, .md or .html file")
            return None
        try:
            check_regular_file(path)
        except FileRefused as err:
            _err(f"--source-text {shown_name(path)}: {err.reason}")
            return None
        except OSError:
            _err(f"--source-text {shown_name(path)}: no such file")
            return None
        out[sid] = path
    return out


def _print_problems(file: str, err: Any) -> None:
    """A TimelineFileError's problems, one a line, and how many more were found."""
    for problem in err.problems:
        print(problem, file=sys.stderr)
    if err.more:
        print(
            f"{file}: … and {err.more:,} more problem{'' if err.more == 1 else 's'}",
            file=sys.stderr,
        )


def _as_warning(w: Any) -> str:
    """A load warning as 'FILE:LINE:COL: field.path: warning: message'."""
    where = f"{shown_name(w.file)}:{w.line}:{w.column}"
    return f"{where}: {w.path or '(file)'}: warning: {w.message}"


def cmd_events(file: str | None, as_json: bool) -> int:
    from timeline_app.formats import TimelineFileError
    from timeline_app.formats.registry import open_any
    from timeline_app.resources_path import bundled_dataset

    path = file or str(bundled_dataset())
    try:
        timeline = open_any(path)
    except TimelineFileError as err:
        _print_problems(path, err)
        return EXIT_INVALID
    if as_json:
        from timeline_app.formats.events_json import write_events_json

        write_events_json(timeline, sys.stdout.write)
    else:
        for e in timeline.events:
            print(f"{e.start.iso():<22} {e.title}")
    return EXIT_OK


def _export_parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog=f"{PROG} export",
        description="Export the timeline as PNG, SVG or PDF; the format comes from OUT's "
        "extension. Needs no display.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="timeline file (default: bundled)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    p.add_argument("--width", type=int, default=1920, help="pixels (PNG, SVG); default 1920")
    p.add_argument("--height", type=int, default=1080, help="pixels (PNG, SVG); default 1080")
    p.add_argument("--dpi", type=float, default=96.0, help="dots per inch; default 96")
    p.add_argument("--range", metavar="FROM..TO", help="dates to show, e.g. 2017-05..2017-07")
    p.add_argument(
        "--view",
        choices=("whole", "range"),
        default=None,
        help="the whole timeline (default) or the --range",
    )
    p.add_argument("--theme", default="light", help="light or dark")
    p.add_argument("--title", default="", help="a title above the timeline")
    p.add_argument("--no-legend", action="store_true", help="leave out the category legend")
    p.add_argument("--no-axis", action="store_true", help="leave out the date axis")
    p.add_argument("--no-footer", action="store_true", help="leave out the source credit")
    p.add_argument("--transparent", action="store_true", help="transparent background (PNG)")
    p.add_argument("--page", default="A4", help="PDF page: A4, A3 or Letter")
    p.add_argument("--portrait", action="store_true", help="PDF in portrait orientation")
    p.add_argument("--margin", type=float, default=10.0, help="PDF margins in mm; default 10")
    p.add_argument("--poster", action="store_true", help="PDF poster across several pages")
    p.add_argument("--poster-pages", type=int, default=3, help="pages of the poster; default 3")
    p.add_argument("--handout", action="store_true", help="PDF handout with event cards")
    p.add_argument("--force", action="store_true", help="replace OUT even if it is write-protected")
    return p


def cmd_export(args: Sequence[str]) -> int:
    ns = _export_parser().parse_args(args)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from timeline_app.formats import TimelineFileError
    from timeline_app.formats.registry import open_any
    from timeline_app.resources_path import bundled_dataset

    path = ns.file or str(bundled_dataset())
    try:
        timeline = open_any(path)
    except TimelineFileError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    from PySide6.QtGui import QGuiApplication

    from timeline_app.render import export as ex

    _app = QGuiApplication.instance() or QGuiApplication([PROG])
    from timeline_app.settings import language_setting
    from timeline_app.ui import language

    # The picture's words (dates, legend, footer) in the app's language; this command's own
    # messages stay English.
    language.install(language.choose(language_setting()))
    options = ex.ExportOptions(
        width=ns.width,
        height=ns.height,
        dpi=ns.dpi,
        theme=ns.theme,
        title=ns.title,
        legend=not ns.no_legend,
        axis=not ns.no_axis,
        footer=not ns.no_footer,
        transparent=ns.transparent,
        page=ns.page,
        landscape=not ns.portrait,
        margin_mm=ns.margin,
        poster=ns.poster,
        poster_pages=ns.poster_pages,
        handout=ns.handout,
    )
    try:
        fmt = ex.format_of(ns.output)
        ex.check_options(options, fmt)
        if (ns.poster or ns.handout) and fmt != "pdf":
            raise ex.ExportError("--poster and --handout make PDF files; name the output .pdf")
        view = ns.view or ("range" if ns.range else "whole")
        if view == "range":
            if not ns.range:
                raise ex.ExportError("--view range needs --range FROM..TO")
            t0, t1 = ex.range_to_show(timeline, *ex.parse_range(ns.range), frozenset())
        else:
            t0, t1 = ex.whole_range(timeline, ns.width / (ns.dpi / 96))
        ex.export_file(timeline, ns.output, t0, t1, options, force=ns.force)
    except ex.WriteProtected as err:
        _err(f"{err}; add --force to replace it")
        return EXIT_INVALID
    except ex.ExportError as err:
        _err(str(err))
        return EXIT_INVALID
    print(f"{shown_name(ns.output)}: written")
    return EXIT_OK


def display_problem() -> str:
    """Why no window can be shown here, or '' when a display is available."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return (
                "no display available (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "the headless commands work without one: "
                f"'{PROG} validate FILE', '{PROG} events [FILE] --json'"
            )
    return ""


def cmd_gui(file: str | None, *, present: bool = False) -> int:
    problem = display_problem()
    if problem:
        _err(problem)
        return EXIT_USAGE
    if file is not None:
        # Refused here, before a window opens or the file is handed to a running copy.
        from timeline_app.fsutil import FileRefused, check_regular_file

        try:
            check_regular_file(file)
        except FileNotFoundError:
            _err(f"{shown_name(file)}: no such file")
            return EXIT_USAGE
        except FileRefused as err:
            _err(f"{shown_name(file)}: {err.reason}")
            return EXIT_USAGE
        except OSError:
            pass  # the window explains why the file cannot be read
    from timeline_app.ui.app import run_gui

    return run_gui(file, present=present)


def cmd_convert(args: Sequence[str]) -> int:
    """Read a timeline of any format the app reads and write it in the app's own format:
    what File › Save As does, headless. Problems that cost some events are listed."""
    p = OneLineParser(
        prog=f"{PROG} convert",
        description="Write a timeline of any format the app reads (TimelineJS sheet or JSON, "
        "The Timeline Project, markwhen, SIMILE) in the app's own format.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.timeline.json")
    p.add_argument("--force", action="store_true", help="replace OUT even if it is write-protected")
    ns = p.parse_args(args)
    from timeline_app.formats import TimelineFileError
    from timeline_app.formats.mediapaths import rebase_media
    from timeline_app.formats.registry import open_any
    from timeline_app.formats.timeline_json import dumps_timeline
    from timeline_app.fsutil import WriteProtectedError, atomic_write_bytes

    out = ns.output
    if not os.path.basename(out).lower().endswith((".json", ".tljson")):
        _err(f"{shown_name(out)}: write the app's format to a .timeline.json file")
        return EXIT_USAGE
    try:
        timeline = open_any(ns.file)
    except TimelineFileError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    for w in timeline.warnings:
        print(_as_warning(w), file=sys.stderr)
    timeline = rebase_media(timeline, out)
    try:
        atomic_write_bytes(out, dumps_timeline(timeline).encode("utf-8"), force=ns.force)
    except WriteProtectedError as err:
        _err(f"{err}; add --force to replace it")
        return EXIT_INVALID
    n, e = len(timeline), len(timeline.eras)
    eras = f" and {e:,} era{'' if e == 1 else 's'}" if e else ""
    from timeline_app.formats.summary import from_kind

    print(f"{shown_name(out)}: {n:,} event{'' if n == 1 else 's'}{eras} from {from_kind(timeline)}")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="A timeline viewer for teaching history.",
        epilog=(
            f"Other commands (each has --help): '{PROG} present [FILE]' shows a full-screen "
            f"presentation; '{PROG} export [FILE] -o OUT' writes a PNG, SVG or PDF; "
            f"'{PROG} validate FILE...' checks files; '{PROG} events [FILE] --json' prints "
            f"the events; '{PROG} convert FILE -o OUT' writes the app's own format. Export, "
            "validate, events and convert need no display."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "file", nargs="?", help="a timeline file to open (default: the bundled example)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; every command goes through the one guard of cliguard."""
    args = list(sys.argv[1:] if argv is None else argv)
    return guarded(lambda: _run(args))


def _run(args: list[str]) -> int:
    if args and args[0] == "validate":
        p = OneLineParser(prog=f"{PROG} validate", description="Check timeline files.")
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument(
            "--check-quotes",
            action="store_true",
            help="check each quote against its source's full text (the source's 'text' "
            "field): verbatim, and where its locator says; exit 1 on any ✗",
        )
        p.add_argument(
            "--source-text",
            action="append",
            default=[],
            metavar="SOURCE_ID=TEXT_FILE",
            help="check the quotes of a source against this .txt, .md or .html file "
            "instead of what the timeline names (implies --check-quotes)",
        )
        ns = p.parse_args(args[1:])
        return cmd_validate(ns.files, ns.check_quotes, ns.source_text)
    if args and args[0] == "present":
        p = OneLineParser(
            prog=f"{PROG} present",
            description="Start straight in full-screen presentation mode (Esc leaves it).",
        )
        p.add_argument("file", nargs="?", metavar="FILE")
        ns = p.parse_args(args[1:])
        return cmd_gui(ns.file, present=True)
    if args and args[0] == "export":
        return cmd_export(args[1:])
    if args and args[0] == "convert":
        return cmd_convert(args[1:])
    if args and args[0] == "events":
        p = OneLineParser(prog=f"{PROG} events", description="Print the events of a timeline.")
        p.add_argument("file", nargs="?", metavar="FILE")
        p.add_argument("--json", action="store_true", help="print JSON")
        ns = p.parse_args(args[1:])
        return cmd_events(ns.file, ns.json)
    ns = _parser().parse_args(args)
    return cmd_gui(ns.file)


def gui_main() -> int:
    """The entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
