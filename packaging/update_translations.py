"""Extract the user-visible text of networkcircles/ui, printing and diagram (and the names of
the circles a network starts with, store/seed.py) into
resources/translations/networkcircles.ts (the template), merge it into every
networkcircles_<lang>.ts, and compile those to .qm files.

    .venv/bin/python packaging/update_translations.py [--check]

pyside6-lupdate finds self.tr(...), QCoreApplication.translate("context", ...) and
QT_TRANSLATE_NOOP("context", ...). It does not know our module-level helpers, such as
`def _tr(text): return QCoreApplication.translate("undo", text)`, nor the action table of
ui/actions.py, so this script reads those with Python's ast and puts their text in the
helper's context, which is the one the app asks for at run time. A translation whose source
text is gone is kept, marked vanished (lrelease leaves it out), so reworded text can reuse it.

--check writes nothing and exits 1 unless the .ts files are up to date with the sources, every
text is translated (not "unfinished", no "vanished" left) with its placeholders, &-mnemonic and
tags, and the .qm files are compiled from them. Both list each problem with file:line, context
and source text. --drop-vanished removes translations whose text left the sources.
"""

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "networkcircles" / d for d in ("ui", "printing", "diagram")]
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "networkcircles.ts"
BIN = Path(sys.executable).parent
# Where lupdate names the context after a variable, the class that variable holds at run time
# (PySide6's QObject.tr() uses the class name).
CONTEXT_OF_VARIABLE = {"self.window": "MainWindow"}
# Local aliases of a QObject's tr, by file: `tr = window.tr` in docks.py.
ALIASES = {"docks.py": {"tr": "MainWindow"}}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _python_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py"))


def _relative(path: Path) -> str:
    return Path("../..", path.relative_to(ROOT)).as_posix()  # as seen from resources/translations


def run_lupdate(files: list[Path]) -> list[Message]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extracted.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-silent",
                "-locations",
                "absolute",
                *map(str, files),
                "-ts",
                str(target),
            ],
            check=True,
        )
        root = ET.parse(target).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        name = CONTEXT_OF_VARIABLE.get(name, name)
        if not name:
            continue  # a call of one of our helpers: read below with ast, in its real context
        for element in context.iter("message"):
            locations = [
                (
                    _relative((target.parent / loc.get("filename", "")).resolve()),
                    int(loc.get("line", "0")),
                )
                for loc in element.iter("location")
            ]
            messages.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    element.findtext("comment") or "",
                    element.get("numerus") == "yes",
                    locations,
                )
            )
    return messages


def _helper_context(function: ast.FunctionDef) -> str | None:
    """ "x" when the function is `return QCoreApplication.translate("x", <its first argument>…)`."""
    if len(function.body) != 1 or not isinstance(function.body[0], ast.Return):
        return None
    call = function.body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) >= 2
    ):
        return None
    context, text = call.args[0], call.args[1]
    first = function.args.args[0].arg if function.args.args else None
    if isinstance(context, ast.Constant) and isinstance(text, ast.Name) and text.id == first:
        return str(context.value)
    return None


def _helpers(trees: dict[Path, ast.Module]) -> dict[Path, dict[str, str]]:
    """Per file, the names that translate in a fixed context: defined there or imported."""
    defined = {
        path: {
            n.name: c
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef)
            if (c := _helper_context(n)) is not None
        }
        for path, tree in trees.items()
    }
    by_module = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts): names for p, names in defined.items()
    }
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in by_module:
                for alias in node.names:
                    if alias.name in by_module[node.module]:
                        context = by_module[node.module][alias.name]
                        defined[path][alias.asname or alias.name] = context
        defined[path].update(ALIASES.get(path.name, {}))
    return defined


def _action_table(path: Path, tree: ast.Module, context: str) -> list[Message]:
    """ui/actions.py: the text (first) and status tip (last) of each row of _SPECS."""
    messages = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.AnnAssign)
            and getattr(node.target, "id", "") == "_SPECS"
            and isinstance(node.value, ast.Dict)
        ):
            for row in node.value.values:
                if not isinstance(row, ast.Tuple):
                    continue
                for item in (row.elts[0], row.elts[-1]):
                    text = item.value if isinstance(item, ast.Constant) else None
                    if isinstance(text, str) and text:
                        where = [(_relative(path), item.lineno)]
                        messages.append(Message(context, text, locations=where))
    return messages


def read_helpers(files: list[Path]) -> list[Message]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    helpers = _helpers(trees)
    messages = []
    for path, tree in trees.items():
        names = helpers[path]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            context = names.get(node.func.id)
            if context is None or not node.args:
                continue
            text = node.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                numerus = len(node.args) > 1 or any(k.arg == "n" for k in node.keywords)
                messages.append(
                    Message(
                        context,
                        text.value,
                        numerus=numerus,
                        locations=[(_relative(path), node.lineno)],
                    )
                )
        if path.name == "actions.py" and "_tr" in names:
            messages.extend(_action_table(path, tree, names["_tr"]))
    return messages


SEEDS = ROOT / "networkcircles" / "store" / "seed.py"
SEED_CONTEXT = "circles"  # networkcircles/languages.py shows unrenamed circles in this context


def read_seeds(path: Path = SEEDS) -> list[Message]:
    """The name and description of each circle a new network starts with: data of the store
    (no Qt there), shown translated while the user has not renamed the circle."""
    messages = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "CircleSeed":
            for text in node.args[1:3]:
                value = ast.literal_eval(text)  # a literal, or implicitly joined literals
                where = [(_relative(path), text.lineno)]
                messages.append(Message(SEED_CONTEXT, value, locations=where))
    return messages


def collect() -> list[Message]:
    files = _python_files()
    merged: dict[tuple[str, str, str], Message] = {}
    for message in run_lupdate(files) + read_helpers(files) + read_seeds():
        known = merged.setdefault(message.key, message)
        if known is not message:
            known.numerus |= message.numerus
            known.locations.extend(m for m in message.locations if m not in known.locations)
    return sorted(merged.values(), key=lambda m: (m.context.lower(), m.context, m.source))


Key = tuple[str, str, str]
FINISHED, UNFINISHED, VANISHED = "", "unfinished", "vanished"


@dataclass
class Entry:
    """One message of a .ts file as a translator left it."""

    context: str
    source: str
    comment: str
    numerus: bool
    forms: list[str]  # the translation; one text per plural form for a numerus message
    state: str  # FINISHED, UNFINISHED or VANISHED (Qt's "obsolete" counts as vanished)
    locations: list[tuple[str, int]]

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def where(self) -> str:
        if not self.locations:
            return "(no longer in the sources)"
        filename, line = self.locations[0]
        return f"{filename.removeprefix('../../')}:{line}"


def parse_ts(root: ET.Element) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: list[str] = []
            state = UNFINISHED
            if translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms:
                    forms = [translation.text or ""]
                kind = translation.get("type", FINISHED)
                state = VANISHED if kind in (VANISHED, "obsolete") else kind
            locations = [
                (loc.get("filename", ""), int(loc.get("line", "0")))
                for loc in message.iter("location")
            ]
            entry = Entry(
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
                forms,
                state,
                locations,
            )
            entries[entry.key] = entry
    return entries


def read_ts(path: Path) -> dict[Key, Entry]:
    return parse_ts(ET.parse(path).getroot()) if path.exists() else {}


def _guesses(old: dict[Key, Entry]) -> dict[str, Entry]:
    """For each source text, a translation it has in some context: a first draft (marked
    unfinished) for the same text in a new context, such as a string moved to another class."""
    found: dict[str, Entry] = {}
    for entry in sorted(old.values(), key=lambda e: (e.state != FINISHED, e.context)):
        if any(entry.forms) and entry.state != UNFINISHED:
            found.setdefault(entry.source, entry)
    return found


def write_ts(
    path: Path, messages: list[Message], language: str | None, drop_vanished: bool = False
) -> str:
    """The .ts text for `messages`, with the translations `path` already holds. A translation
    whose text left the sources stays, marked vanished, unless `drop_vanished`."""
    old = read_ts(path) if language else {}
    guesses = _guesses(old)
    root = ET.Element("TS", {"version": "2.1", "sourcelanguage": "en"})
    if language:
        root.set("language", language)
    contexts: dict[str, ET.Element] = {}

    def message_element(context: str) -> ET.Element:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        return ET.SubElement(contexts[context], "message")

    current = set()
    for message in messages:
        current.add(message.key)
        element = message_element(message.context)
        if message.numerus:
            element.set("numerus", "yes")
        for filename, line in sorted(message.locations):
            ET.SubElement(element, "location", {"filename": filename, "line": str(line)})
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        known = old.get(message.key)
        if known is not None and any(known.forms):
            reshaped = known.numerus != message.numerus
            state = UNFINISHED if reshaped or known.state == UNFINISHED else FINISHED
            element.append(_translation(known.forms, message.numerus, state))
        elif message.source in guesses and language:
            element.append(_translation(guesses[message.source].forms, message.numerus, UNFINISHED))
        else:
            element.append(_translation([], message.numerus, UNFINISHED))
    for key, entry in sorted(old.items()):
        if key in current or not any(entry.forms) or drop_vanished:
            continue
        element = message_element(entry.context)
        if entry.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = entry.source
        if entry.comment:
            ET.SubElement(element, "comment").text = entry.comment
        element.append(_translation(entry.forms, entry.numerus, VANISHED))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


PLURAL_FORMS = 2  # German and English: one, other


def _translation(forms: list[str], numerus: bool, state: str) -> ET.Element:
    element = ET.Element("translation")
    if numerus:
        texts = (forms + [forms[-1] if forms else ""] * PLURAL_FORMS)[:PLURAL_FORMS]
        for text in texts:
            ET.SubElement(element, "numerusform").text = text
    else:
        element.text = forms[0] if forms else ""
    if state:
        element.set("type", state)
    return element


# What a translation must keep of its source: Python format fields and Qt's %1/%n, &-mnemonics
# of plain text, and the tags of rich text.
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d+|%n")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _placeholders(text: str) -> list[str]:
    return sorted(p for p in _PLACEHOLDER.findall(text) if p not in ("{{", "}}"))


def _has_mnemonic(text: str) -> bool:
    return re.search(r"&[^\s&;]", text.replace("&&", "")) is not None


def _tags(text: str) -> list[str]:
    return sorted(t.lower() for t in _TAG.findall(text))


def problems(entries: dict[Key, Entry]) -> list[tuple[Entry, str]]:
    """What keeps a translation from being complete: each entry with what is wrong with it."""
    found = []
    for entry in sorted(entries.values(), key=lambda e: (e.where, e.context, e.source)):
        if entry.state == VANISHED:
            found.append((entry, "vanished: its text left the sources (--drop-vanished)"))
            continue
        if entry.state == UNFINISHED or not all(entry.forms):
            found.append((entry, "not translated"))
            continue
        for form in entry.forms:
            if _placeholders(form) != _placeholders(entry.source):
                found.append(
                    (
                        entry,
                        f"placeholders {_placeholders(entry.source)} became {_placeholders(form)}",
                    )
                )
            elif "<" not in entry.source and _has_mnemonic(form) != _has_mnemonic(entry.source):
                found.append((entry, "the &-mnemonic was lost or added"))
            elif _tags(form) != _tags(entry.source):
                found.append((entry, "the rich-text tags differ"))
            else:
                continue
            break
    return found


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^\s&;])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(entries: dict[Key, Entry]) -> list[tuple[Entry, str]]:
    """Translations sharing an &-letter in a context (one dialog or panel) whose English texts
    all have letters of their own: one key would no longer reach each control there."""
    by_context: dict[str, list[Entry]] = {}
    for entry in entries.values():
        if entry.state == FINISHED and "<" not in entry.source and _mnemonic(entry.source):
            by_context.setdefault(entry.context, []).append(entry)
    found = []
    for group in by_context.values():
        if len({_mnemonic(e.source) for e in group}) < len(group):
            continue  # English repeats letters too: texts of different menus or dialogs
        owner: dict[str | None, Entry] = {}
        for entry in sorted(group, key=lambda e: e.source):
            letter = _mnemonic(entry.forms[0])
            if letter in owner:
                found.append(
                    (entry, f"shares the &-letter {letter!r} with {owner[letter].forms[0]!r}")
                )
            owner.setdefault(letter, entry)
    return found


def describe(path: Path, found: list[tuple[Entry, str]]) -> list[str]:
    """One line per problem, for a person to act on: where, context, what, the source text."""
    return [
        f"{path.name}: {entry.where} [{entry.context}] {what}: {entry.source!r}"
        for entry, what in found
    ]


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile, leaving out what is not translated yet (lrelease would ship drafts)."""
    command = [BIN / "pyside6-lrelease", "-silent", "-nounfinished", ts, "-qm", qm]
    subprocess.run([str(part) for part in command], check=True)


def qm_is_current(ts: Path) -> bool:
    """Whether the committed .qm gives, for every finished text of the .ts, its translation
    (compared through QTranslator, not byte for byte: lrelease of another Qt may differ)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(ts.with_suffix(".qm"))):
        return False
    for entry in read_ts(ts).values():
        if entry.state != FINISHED or not all(entry.forms):
            continue
        comment = entry.comment or None
        if entry.numerus:
            checks = [(1, entry.forms[0]), (5, entry.forms[-1])]
        else:
            checks = [(-1, entry.forms[0])]
        for n, expected in checks:
            if translator.translate(entry.context, entry.source, comment, n) != expected:
                return False
    return True


_LOCATION = re.compile(r"^\s*<location [^>]*/>\n", re.MULTILINE)


def _unplaced(ts_text: str) -> str:
    """A .ts text without its <location> lines, which move whenever code is edited."""
    return _LOCATION.sub("", ts_text)


def languages() -> dict[Path, str]:
    return {path: path.stem.split("_", 1)[1] for path in sorted(FOLDER.glob("networkcircles_*.ts"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 unless every file is up to date and complete",
    )
    parser.add_argument(
        "--drop-vanished",
        action="store_true",
        help="remove the translations of texts that left the sources",
    )
    args = parser.parse_args(argv)
    messages = collect()
    targets: dict[Path, str | None] = {TEMPLATE: None, **languages()}
    stale, texts = [], {}
    for path, language in targets.items():
        texts[path] = write_ts(path, messages, language, args.drop_vanished)
        before = path.read_text(encoding="utf-8") if path.exists() else None
        if before == texts[path]:
            continue
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(texts[path], encoding="utf-8")
        elif before is not None and _unplaced(before) == _unplaced(texts[path]):
            continue  # only line numbers moved: nothing for a translator to do
        stale.append(path)
    report = []
    for path, language in targets.items():
        if language is None:
            continue
        if args.check:
            if path not in stale and not qm_is_current(path):
                stale.append(path.with_suffix(".qm"))
        else:
            compile_qm(path, path.with_suffix(".qm"))
        entries = parse_ts(ET.fromstring(texts[path]))
        report += describe(path, problems(entries) + mnemonic_clashes(entries))
    for line in report:
        print(line)
    for path in stale:
        verb = "out of date" if args.check else "wrote"
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{verb}: {shown}", file=sys.stderr if args.check else sys.stdout)
    print(
        f"{len(messages)} texts; {len(report)} translation problem(s) listed above",
        file=sys.stderr if args.check else sys.stdout,
    )
    if args.check and (stale or report):
        print(
            "run: .venv/bin/python packaging/update_translations.py, translate what it lists "
            '(remove type="unfinished"), run it again',
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
