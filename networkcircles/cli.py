"""The command line (DESIGN.md's contract). Qt is imported only by the commands that draw."""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from networkcircles import __version__
from networkcircles.store.errors import StoreError
from networkcircles.store.seed import CIRCLE_KEYS

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
LOCK_WAIT = 5.0  # seconds a write waits for a window to close the store, like SQLite's timeout


def _open(path: Path, writes: bool = True) -> None:
    """Writes wait briefly for the store's lock (StoreLocked after); reads of a store the
    window has open go read-only. No daily backup here: that is the window's job."""
    from networkcircles.store.db import open_store
    from networkcircles.store.errors import StoreLocked

    if writes:
        open_store(path, wait=LOCK_WAIT)
        return
    try:
        open_store(path)
    except StoreLocked:
        open_store(path, read_only=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from networkcircles.services.demo import create_demo
    from networkcircles.store import queries

    _open(args.db)
    if queries.stats()["contacts"]:
        print(f"networkcircles: {args.db} already holds contacts; demo needs an empty network",
              file=sys.stderr)  # fmt: skip
        return EXIT_REJECTED
    create_demo(size=args.size, seed=args.seed)
    print(f"Created a demo network of {args.size} contacts in {args.db}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from networkcircles.store import queries

    _open(args.db, writes=False)
    figures = queries.stats()
    if args.json:
        print(json.dumps(figures))
        return EXIT_OK
    print(f"{figures['contacts']} contacts ({figures['unplaced']} unplaced)")
    for circle in queries.circles():
        print(f"  {circle.name}: {figures['circles'].get(circle.key, 0)}")
    for key in ("events", "organizations", "interactions", "referrals", "leads"):
        print(f"{key}: {figures[key]}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from networkcircles.services import importing

    _open(args.db)
    if args.circle is not None and args.circle not in importing.circle_keys():
        print(f"networkcircles: there is no circle '{args.circle}' "
              f"(choose from {', '.join(importing.circle_keys())})", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    status = EXIT_OK
    for path in args.files:  # each file on its own: one refused file does not stop the others
        plan = importing.plan_import([path])
        for warning in plan.warnings:  # the file still imports: said, not refused
            print(f"networkcircles: {warning}", file=sys.stderr)
        for rejection in plan.rejected_files:
            where = "" if rejection.line is None else (
                f"{'record' if rejection.is_record else 'line'} {rejection.line}: "
            )  # fmt: skip
            print(f"networkcircles: {rejection.path}: {where}{rejection.reason}", file=sys.stderr)
            status = EXIT_REJECTED
        if plan.rejected_rows:
            # Without a dialog to confirm a partial import, a file is all or nothing.
            for row in plan.rejected_rows:
                print(f"networkcircles: {row.path}: line {row.line}: {row.reason}",
                      file=sys.stderr)  # fmt: skip
            print(f"networkcircles: {path}: nothing imported from this file", file=sys.stderr)
            status = EXIT_REJECTED
            continue
        if plan.files:
            result = importing.apply_plan(plan, args.circle)
            if any(file_plan.format == "icalendar" for file_plan in plan.files):
                print(f"{path}: added {len(result.event_ids)} events, "
                      f"{result.events_skipped} already there")  # fmt: skip
            else:
                print(f"{path}: added {result.added}, merged {plan.merged_count}")
    return status


def cmd_export(args: argparse.Namespace) -> int:
    from networkcircles.interchange.exporting import export_contacts
    from networkcircles.services import importing

    _open(args.db, writes=False)
    if args.circle is not None and args.circle not in importing.circle_keys():
        print(f"networkcircles: there is no circle '{args.circle}'", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "ics":
        from networkcircles.interchange.ical import export_calendar

        try:
            count = export_calendar(args.output)
        except OSError as error:
            print(f"networkcircles: cannot write {args.output}: {error.strerror}",
                  file=sys.stderr)  # fmt: skip
            return EXIT_REJECTED
        print(f"Wrote {count} events to {args.output}")
        return EXIT_OK
    try:
        count = export_contacts(args.output, args.format, args.circle)
    except OSError as error:
        print(f"networkcircles: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Wrote {count} contacts to {args.output}")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from networkcircles.ui.app import take_screenshot

    _open(args.db, writes=False)
    take_screenshot(args.db, args.output, args.size)
    print(f"Wrote {args.output}")
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from networkcircles.printing.output import PrintOptions, ensure_gui_app, write_pdf
    from networkcircles.services.circles import UnknownCircle

    _open(args.db, writes=False)
    ensure_gui_app()
    circles = [args.circle] if args.circle else None
    try:
        pages = write_pdf(args.output, PrintOptions(circles=circles, share=args.share))
    except UnknownCircle:
        print(f"networkcircles: there is no circle '{args.circle}'", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"networkcircles: cannot write {args.output}: {error}", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Wrote {args.output} ({pages} {'page' if pages == 1 else 'pages'})")
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from networkcircles.ui.app import run_window

    return run_window(args.db)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1400x900") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="networkcircles",
        description="Your job-search network as concentric circles. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"networkcircles {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the network file to open (default: your data folder)"
    )
    parser.set_defaults(run=cmd_window)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Callable, help_text: str, db_required: bool = True):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", type=Path, required=db_required, help="the network file")
        sub.set_defaults(run=run)
        return sub

    demo = command("demo", cmd_demo, "create a demo network in an empty file")
    demo.add_argument("--size", type=_positive, default=60, help="number of contacts (default 60)")
    demo.add_argument("--seed", type=int, default=7, help="random seed; same seed, same network")

    stats = command("stats", cmd_stats, "count what the network holds")
    stats.add_argument("--json", action="store_true", help="print one JSON object")

    importer = command("import", cmd_import, "add contacts (vCard, CSV) or events (iCalendar)")
    importer.add_argument("--circle", metavar="KEY", help="put new contacts in this circle")
    importer.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=".vcf, .csv or .ics files"
    )

    exporter = command("export", cmd_export, "write contacts (vCard, CSV) or events (ics)")
    exporter.add_argument("--format", choices=("vcard", "csv", "ics"), required=True)
    exporter.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    exporter.add_argument("--circle", metavar="KEY", help="only this circle's contacts")

    shot = command(
        "screenshot", cmd_screenshot, "render the main window to a PNG, no display needed"
    )
    shot.add_argument("-o", "--output", type=Path, required=True, help="the PNG file to write")
    shot.add_argument(
        "--size", type=_size, default=(1400, 900), help="WIDTHxHEIGHT (default 1400x900)"
    )

    printing = command("print", cmd_print, "print circle summaries to a PDF, no display needed")
    printing.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    printing.add_argument(
        "--circle",
        choices=CIRCLE_KEYS,
        metavar="KEY",
        help=f"only this circle: {', '.join(CIRCLE_KEYS)} (default: the whole network)",
    )
    printing.add_argument(
        "--share",
        action="store_true",
        help="the version for a coach or job club: initials, no phone numbers or e-mails",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except StoreError as error:
        print(f"networkcircles: cannot open {error.path}: {error.reason}", file=sys.stderr)
        return EXIT_REJECTED


if __name__ == "__main__":
    sys.exit(main())
