"""The command line: the GUI by default, and headless subcommands that need no display.

timeline-app [FILE]                 the GUI (the bundled timeline when no FILE)
timeline-app validate FILE...       check files; one line per problem on stderr
timeline-app events [FILE] --json   the normalized events as JSON on stdout
timeline-app export [FILE] -o OUT   an image (PNG, SVG) or PDF of the timeline
timeline-app present [FILE]         full-screen presentation for a class
timeline-app --version
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from timeline_app import __version__

PROG = "timeline-app"
SUBCOMMANDS = ("validate", "events", "export", "present")
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def cmd_validate(files: Sequence[str]) -> int:
    from timeline_app.formats import TimelineFileError, load_timeline

    failed = False
    for file in files:
        try:
            timeline = load_timeline(file)
        except TimelineFileError as err:
            failed = True
            _print_problems(file, err)
        else:
            for w in timeline.warnings:
                print(_as_warning(w), file=sys.stderr)
            n, w = len(timeline), len(timeline.warnings)
            extra = f", {w:,} warning{'' if w == 1 else 's'}" if w else ""
            print(f"{file}: OK, {n:,} event{'' if n == 1 else 's'}{extra}")
    return EXIT_INVALID if failed else EXIT_OK


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
    return f"{w.file}:{w.line}:{w.column}: {w.path or '(file)'}: warning: {w.message}"


def cmd_events(file: str | None, as_json: bool) -> int:
    from timeline_app.formats import TimelineFileError, load_timeline
    from timeline_app.resources_path import bundled_dataset

    path = file or str(bundled_dataset())
    try:
        timeline = load_timeline(path)
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
    p = argparse.ArgumentParser(
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
    return p


def cmd_export(args: Sequence[str]) -> int:
    ns = _export_parser().parse_args(args)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from timeline_app.formats import TimelineFileError, load_timeline
    from timeline_app.resources_path import bundled_dataset

    path = ns.file or str(bundled_dataset())
    try:
        timeline = load_timeline(path)
    except TimelineFileError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    from PySide6.QtGui import QGuiApplication

    from timeline_app.render import export as ex

    _app = QGuiApplication.instance() or QGuiApplication([PROG])
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
            t0, t1 = ex.parse_range(ns.range)
        else:
            t0, t1 = ex.whole_range(timeline, ns.width / (ns.dpi / 96))
        ex.export_file(timeline, ns.output, t0, t1, options)
    except ex.ExportError as err:
        _err(str(err))
        return EXIT_INVALID
    print(f"{ns.output}: written")
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
    if file is not None and not os.path.exists(file):
        _err(f"{file}: no such file")
        return EXIT_USAGE
    from timeline_app.ui.app import run_gui

    return run_gui(file, present=present)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A timeline viewer for teaching history.",
        epilog=(
            f"Other commands (each has --help): '{PROG} present [FILE]' shows a full-screen "
            f"presentation; '{PROG} export [FILE] -o OUT' writes a PNG, SVG or PDF; "
            f"'{PROG} validate FILE...' checks files; '{PROG} events [FILE] --json' prints "
            "the events. Export, validate and events need no display."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "file", nargs="?", help="a timeline file to open (default: the bundled example)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "validate":
            p = argparse.ArgumentParser(
                prog=f"{PROG} validate", description="Check timeline files."
            )
            p.add_argument("files", nargs="+", metavar="FILE")
            ns = p.parse_args(args[1:])
            return cmd_validate(ns.files)
        if args and args[0] == "present":
            p = argparse.ArgumentParser(
                prog=f"{PROG} present",
                description="Start straight in full-screen presentation mode (Esc leaves it).",
            )
            p.add_argument("file", nargs="?", metavar="FILE")
            ns = p.parse_args(args[1:])
            return cmd_gui(ns.file, present=True)
        if args and args[0] == "export":
            return cmd_export(args[1:])
        if args and args[0] == "events":
            p = argparse.ArgumentParser(
                prog=f"{PROG} events", description="Print the events of a timeline."
            )
            p.add_argument("file", nargs="?", metavar="FILE")
            p.add_argument("--json", action="store_true", help="print JSON")
            ns = p.parse_args(args[1:])
            return cmd_events(ns.file, ns.json)
        ns = _parser().parse_args(args)
        return cmd_gui(ns.file)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def gui_main() -> int:
    """The entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
