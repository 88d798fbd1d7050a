"""Other programs' test files (../shared/corpora beside the project: CI has it) held to their
MANIFEST.tsv in this process, the way ../shared/corpora/run holds an installed build to it.

What "holds" means is the runner's rule, as the command line would end: a file the manifest says
`imports` is read without a refusal (no refused file, no refused record: the command line
imports a file all or nothing) and adds at least one contact or event; a file it says `refused`
is refused, or, if it is read after all, adds something. No file may raise anything but the
refusal. Skipped when the corpus is not there.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from networkcircles.interchange.records import ImportRejected, RejectedRow
from networkcircles.services.importing import FilePlan, ImportPlan, plan_import

CORPUS = (Path(__file__).parents[2] / ".." / "shared" / "corpora").resolve()
MANIFEST = CORPUS / "MANIFEST.tsv"

needs_corpus = pytest.mark.skipif(not MANIFEST.is_file(), reason="no ../shared/corpora here")


def manifest() -> Iterator[tuple[str, str]]:
    with MANIFEST.open(encoding="utf-8") as lines:
        next(lines)  # the header
        for line in lines:
            if line.strip():
                relative, expected = line.rstrip("\n").split("\t")[:2]
                yield relative, expected


def verdict(relative: str, expected: str, plan: ImportPlan) -> str | None:
    """Why the plan for one file breaks the manifest's rule, or None when it holds."""
    refused = bool(plan.rejected_files or plan.rejected_rows)
    grew = plan.new_count + sum(len(file.events) for file in plan.files)
    reasons = [str(item) for item in plan.rejected_files]
    reasons += [f"line {row.line}: {row.reason}" for row in plan.rejected_rows]
    if expected == "imports" and refused:
        return f"{relative}: expected to import, refused: {reasons[0][-200:]}"
    if expected == "imports" and not grew:
        return f"{relative}: expected to import, added nothing"
    if expected == "refused" and not refused and not grew:
        return f"{relative}: a broken file was read and added nothing"
    return None


def test_the_rule_fails_a_refused_import_and_a_broken_file_read_as_nothing() -> None:
    path = Path("x.vcf")
    refused = ImportPlan(rejected_files=[ImportRejected(path, 3, "damaged")])
    one_bad_row = ImportPlan(files=[FilePlan(path, "vcard", rejected=[RejectedRow(path, 2, "?")])])
    nothing = ImportPlan(files=[FilePlan(path, "vcard")])
    assert verdict("x.vcf", "imports", refused) is not None
    assert verdict("x.vcf", "imports", one_bad_row) is not None
    assert verdict("x.vcf", "imports", nothing) is not None
    assert verdict("x.vcf", "refused", nothing) is not None
    assert verdict("x.vcf", "refused", refused) is None
    assert verdict("x.vcf", "either", nothing) is None


@needs_corpus
def test_every_corpus_file_holds_to_the_manifest(store: Path) -> None:
    failures: list[str] = []
    rows = list(manifest())
    for relative, expected in rows:
        try:
            plan = plan_import([CORPUS / relative])
        except Exception as error:  # any error but a refusal is a failure to report
            failures.append(f"{relative}: {type(error).__name__}: {error}"[:300])
            continue
        failure = verdict(relative, expected, plan)
        if failure:
            failures.append(failure)
    assert len(rows) > 200, "the manifest lists fewer files than the corpus holds"
    assert not failures, f"{len(failures)} of {len(rows)} corpus files fail:\n" + "\n".join(
        failures
    )
