"""Jobs in a child process of the PyInstaller bundle (run by build_check.sh --bundle).

The window runs an import's planning and a big PDF in a "spawn" child of its own
executable (services/child_process.py): for the bundle, that is the bundle started with
--multiprocessing-fork, which __main__.py's multiprocessing.freeze_support() turns into the
job. No command of the bundle starts such a child, so this Python process starts the
bundle's executable as the frozen window would: sys.frozen set (the command line a frozen
parent gives its children), the bundle's own sys.path kept in the child, and the resource
tracker started here first (the bundle's hook knows it only by the bundle's own flags).

    python packaging/child_check.py BUNDLE_EXECUTABLE NETWORK FOLDER
"""

import multiprocessing
import multiprocessing.spawn
import sys
from pathlib import Path
from typing import Any

from networkcircles.printing.output import PrintOptions, write_pdf_in_child
from networkcircles.services import importing
from networkcircles.services.child_process import ChildJob
from networkcircles.store.db import close_store, open_store

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:+44 20 7946 000{n}\r\nEND:VCARD\r\n"
    for n, name in enumerate(("Ann One", "Ben Two", "Cy Three"))
)


def _without_our_path(prepare: Any) -> Any:
    def prepared(name: str) -> dict[str, Any]:
        data: dict[str, Any] = prepare(name)
        data.pop("sys_path", None)  # the bundle finds its modules on its own path
        return data

    return prepared


def main() -> int:
    bundle, network, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    multiprocessing.set_executable(bundle)
    multiprocessing.spawn.get_preparation_data = _without_our_path(
        multiprocessing.spawn.get_preparation_data
    )
    sys.frozen = True  # type: ignore[attr-defined]
    cards = folder / "child-check.vcf"
    cards.write_text(CARDS, encoding="utf-8", newline="")
    pdf = folder / "child-check.pdf"
    open_store(network)
    try:
        kind, plan = ChildJob(importing.plan_import, ([cards],)).answer()
        if kind != "done" or plan.new_count != 3:
            print(f"child_check: the plan from the bundle's child: {kind} {plan}")
            return 1
        options = PrintOptions(network_name="child check")
        kind, pages = ChildJob(write_pdf_in_child, (pdf, options, "en_US", [])).answer()
        if kind != "done" or pages < 1 or not pdf.read_bytes().startswith(b"%PDF"):
            print(f"child_check: the PDF from the bundle's child: {kind} {pages}")
            return 1
    finally:
        close_store()
    print(f"child_check: the bundle's child planned 3 cards and wrote a {pages}-page PDF")
    return 0


if __name__ == "__main__":
    sys.exit(main())
