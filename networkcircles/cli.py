"""The command line (DESIGN.md's contract). Qt is imported only by the commands that draw."""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from networkcircles import __version__
from networkcircles.store.errors import StoreError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _open(path: Path) -> None:
    from networkcircles.store.db import open_store

    open_store(path)


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

    _open(args.db)
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


def cmd_screenshot(args: argparse.Namespace) -> int:
    from networkcircles.ui.app import take_screenshot

    _open(args.db)
    take_screenshot(args.db, args.output, args.size)
    print(f"Wrote {args.output}")
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

    shot = command(
        "screenshot", cmd_screenshot, "render the main window to a PNG, no display needed"
    )
    shot.add_argument("-o", "--output", type=Path, required=True, help="the PNG file to write")
    shot.add_argument(
        "--size", type=_size, default=(1400, 900), help="WIDTHxHEIGHT (default 1400x900)"
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
