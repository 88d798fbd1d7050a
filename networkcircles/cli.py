"""The command line (DESIGN.md's contract). Qt is imported only by the commands that draw, and
QtCore by demo, which writes in the language the window speaks (networkcircles/languages.py)."""

import argparse
import errno
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from networkcircles import __version__
from networkcircles.store.errors import NoStore, StoreError
from networkcircles.store.seed import CIRCLE_KEYS

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
LOCK_WAIT = 5.0  # seconds a write waits for a window to close the store, like SQLite's timeout
MAX_DEMO_SIZE = 100_000  # ten times the largest network PERFORMANCE.md measures


def _open(path: Path, writes: bool = True, role: str = "command") -> None:
    """Writes wait briefly for the store's lock (StoreLocked after); reads never create a
    network, and go read-only when the window has it open or it cannot be written here.
    `role`: the command, named in the lock file for whoever waits. No daily backup here:
    that is the window's job."""
    from networkcircles.store.db import open_store
    from networkcircles.store.errors import StoreLocked

    if writes:
        open_store(path, wait=LOCK_WAIT, role=role)
        return
    try:
        open_store(path, create=False, may_read_only=True, role=role)
    except StoreLocked:
        open_store(path, read_only=True)


def _say(text: str) -> None:
    """One line on stderr: newlines a path or a message may hold are shown, not obeyed."""
    print("networkcircles: " + text.replace("\n", "\\n").replace("\r", "\\r"), file=sys.stderr)


def describe_os_error(error: OSError) -> str:
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return "the disk is full; nothing was written"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"it cannot be written there ({error.strerror})"
    return error.strerror or str(error)


def cmd_demo(args: argparse.Namespace) -> int:
    from networkcircles.languages import app_language
    from networkcircles.services.demo import create_demo
    from networkcircles.store import queries

    _open(args.db, role="demo")
    if queries.stats()["contacts"]:
        print(
            f"networkcircles: {args.db} already holds contacts; demo needs an empty network",
            file=sys.stderr,
        )
        return EXIT_REJECTED
    create_demo(size=args.size, seed=args.seed, language=app_language())  # the window's
    print(f"Created a demo network of {_counted(args.size, 'contact')} in {args.db}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from networkcircles.store import queries

    _open(args.db, writes=False, role="stats")
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
    from networkcircles.safe_files import check_input
    from networkcircles.services import importing

    _open(args.db, role="import")
    if args.circle is not None and args.circle not in importing.circle_keys():
        print(
            f"networkcircles: there is no circle '{args.circle}' "
            f"(choose from {', '.join(importing.circle_keys())})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    status = EXIT_OK
    for path in args.files:  # each file on its own: one refused file does not stop the others
        try:
            check_input(path)  # a pipe would block the reader, a device feed it forever
        except OSError as error:
            _say(f"{path}: {error.strerror or error}; nothing imported from it")
            status = EXIT_REJECTED
            continue
        plan = importing.plan_import([path])
        if plan.warnings:  # the file still imports: said, not refused
            count = len(plan.warnings)
            print(
                f"networkcircles: {path}: {count} warning{'s' if count > 1 else ''}, "
                "the rest imports:",
                file=sys.stderr,
            )
        for warning in plan.warnings:
            print(f"networkcircles: {warning}", file=sys.stderr)
        for rejection in plan.rejected_files:
            where = (
                ""
                if rejection.line is None
                else (f"{'record' if rejection.is_record else 'line'} {rejection.line}: ")
            )
            print(f"networkcircles: {rejection.path}: {where}{rejection.reason}", file=sys.stderr)
            status = EXIT_REJECTED
        if plan.rejected_rows:
            # Without a dialog to confirm a partial import, a file is all or nothing.
            for row in plan.rejected_rows:
                print(f"networkcircles: {row.path}: line {row.line}: {row.reason}", file=sys.stderr)
            print(f"networkcircles: {path}: nothing imported from this file", file=sys.stderr)
            status = EXIT_REJECTED
            continue
        if plan.files:
            result = importing.apply_plan(plan, args.circle)
            if any(file_plan.format == "icalendar" for file_plan in plan.files):
                print(
                    f"{path}: added {_counted(len(result.event_ids), 'event')}, "
                    f"{result.events_skipped} already there"
                )
            else:  # the plan's counts are what the import wrote (tests hold them to it)
                unchanged = plan.unchanged_count_into(args.circle)
                same = f", {unchanged} with nothing new" if unchanged else ""
                print(f"{path}: added {result.added}, merged {result.merged}{same}")
    return status


def _counted(n: int, noun: str) -> str:
    """'1 event', '2 events': the command line speaks English, one plural rule."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cmd_export(args: argparse.Namespace) -> int:
    from networkcircles.interchange.exporting import export_contacts
    from networkcircles.safe_files import output_target
    from networkcircles.services import importing

    _open(args.db, writes=False, role="export")
    if args.circle is not None and args.circle not in importing.circle_keys():
        print(f"networkcircles: there is no circle '{args.circle}'", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "ics":
        from networkcircles.interchange.ical import export_calendar

        try:
            output_target(args.output)
            count = export_calendar(args.output)
        except OSError as error:
            _say(f"cannot write {args.output}: {describe_os_error(error)}")
            return EXIT_REJECTED
        print(f"Wrote {_counted(count, 'event')} to {args.output}")
        return EXIT_OK
    try:
        count = export_contacts(args.output, args.format, args.circle)
    except OSError as error:
        _say(f"cannot write {args.output}: {describe_os_error(error)}")
        return EXIT_REJECTED
    print(f"Wrote {_counted(count, 'contact')} to {args.output}")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from networkcircles.ui.app import take_screenshot

    _open(args.db, writes=False, role="screenshot")
    try:
        take_screenshot(args.db, args.output, args.size)
    except OSError as error:
        _say(f"cannot write {args.output}: {describe_os_error(error)}")
        return EXIT_REJECTED
    print(f"Wrote {args.output}")
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from networkcircles.languages import install_translators, remove_translators
    from networkcircles.printing.output import PrintOptions, ensure_gui_app, write_pdf
    from networkcircles.services.circles import UnknownCircle

    _open(args.db, writes=False, role="print")
    ensure_gui_app()
    install_translators()  # the summary in the user's language, as the window prints it
    circles = [args.circle] if args.circle else None
    try:
        pages = write_pdf(args.output, PrintOptions(circles=circles, share=args.share))
    except UnknownCircle:
        print(f"networkcircles: there is no circle '{args.circle}'", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        _say(f"cannot write {args.output}: {describe_os_error(error)}")
        return EXIT_REJECTED
    finally:
        remove_translators()  # a caller in the same process (a test) keeps its own language
    print(f"Wrote {args.output} ({pages} {'page' if pages == 1 else 'pages'})")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from networkcircles.sync import engine, passwords
    from networkcircles.sync.errors import SyncError
    from networkcircles.sync.twoway import TooManyDeletions

    try:
        password = passwords.password(args.url, args.user)
    except passwords.NoPassword as missing:
        print(f"networkcircles: {missing.reason}", file=sys.stderr)
        return EXIT_REJECTED
    _open(args.db)
    try:
        report = engine.sync(args.url, args.user, password, allow_deletes=args.allow_deletes)
    except TooManyDeletions as many:
        print(
            f"networkcircles: the server deleted {many.count} of {many.total} synced "
            f"{many.what}; nothing was deleted here (run again with --allow-deletes to delete "
            "them)",
            file=sys.stderr,
        )
        return EXIT_REJECTED
    except SyncError as failed:
        print(f"networkcircles: sync failed: {failed}", file=sys.stderr)
        return EXIT_REJECTED
    rule = ""
    if report.conflicts:  # the command line cannot ask: ours stays, the server's goes in the notes
        rule = " (kept this network's version; the server's is in the notes)"
    print(f"synced: {report.came_in} in, {report.went_out} out, {report.conflicts} conflicts{rule}")
    if report.dropped:  # a series the server gave a new schedule (services.events.update_event)
        print(
            f"networkcircles: removed {report.dropped} changed occurrence(s) or record(s) of "
            "who was met that a series' new schedule from the server no longer has",
            file=sys.stderr,
        )
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


def _demo_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= MAX_DEMO_SIZE:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_DEMO_SIZE}")
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

    def command(
        name: str,
        run: Callable[[argparse.Namespace], int],
        help_text: str,
        db_required: bool = True,
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", type=Path, required=db_required, help="the network file")
        sub.set_defaults(run=run)
        return sub

    demo = command("demo", cmd_demo, "create a demo network in an empty file")
    demo.add_argument("--size", type=_demo_size, default=60, help="number of contacts (default 60)")
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

    syncing = command(
        "sync",
        cmd_sync,
        "two-way CardDAV/CalDAV sync with a server "
        "(password: the keyring or NETWORKCIRCLES_PASSWORD)",
    )
    syncing.add_argument("--url", required=True, help="the server's address or a collection's")
    syncing.add_argument("--user", required=True, help="the account's user name")
    syncing.add_argument(
        "--allow-deletes", action="store_true", help="apply many deletions made on the server"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command. Whatever goes wrong is one line on stderr and exit 1, never a
    traceback: the expected failures in words, anything else with its detail in a log file
    in the data folder. The store is closed (its lock file removed) on the way out."""
    import peewee

    from networkcircles.store.db import close_store, current_path
    from networkcircles.store.errors import database_trouble

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except NoStore as error:
        _say(f"no network at {error.path}")
    except StoreError as error:
        _say(f"cannot open {error.path}: {error.reason}")
    except (sqlite3.Error, peewee.DatabaseError) as error:
        trouble = database_trouble(current_path() or args.db, error)
        _say(f"{trouble.path}: {trouble.reason}")
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{describe_os_error(error)}")
    except KeyboardInterrupt:
        _say("interrupted; nothing more was written")
        return 130
    except MemoryError:
        _say("out of memory; nothing more was written")
    except Exception as error:  # the guard of last resort
        log = log_unexpected(error)
        where = f"; the details are in {log}" if log else ""
        _say(f"unexpected error ({type(error).__name__}){where}")
    finally:
        close_store()
    return EXIT_REJECTED


def log_unexpected(error: BaseException) -> Path | None:
    """Append the traceback to the error log in the data folder; None if that fails."""
    from networkcircles import error_log

    return error_log.record(error, context=f"networkcircles {__version__} {sys.argv[1:]!r}")


if __name__ == "__main__":
    sys.exit(main())
