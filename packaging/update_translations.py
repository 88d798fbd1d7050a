"""Extract the user-visible text of networkcircles/ui, printing and diagram into
resources/translations/networkcircles.ts (the template), merge it into every
networkcircles_<lang>.ts, and compile those to .qm files.

    .venv/bin/python packaging/update_translations.py [--check]

pyside6-lupdate finds self.tr(...), QCoreApplication.translate("context", ...) and
QT_TRANSLATE_NOOP("context", ...). It does not know our module-level helpers, such as
`def _tr(text): return QCoreApplication.translate("undo", text)`, nor the action table of
ui/actions.py, so this script reads those with Python's ast and puts their text in the
helper's context, which is the one the app asks for at run time. A translation whose source
text is gone is kept, marked vanished (lrelease leaves it out), so reworded text can reuse it.

--check writes nothing and exits 1 when the .ts files are not up to date (for CI).
"""

import argparse
import ast
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
            [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "absolute",
             *map(str, files), "-ts", str(target)],
            check=True,
        )  # fmt: skip
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
                    _relative((target.parent / loc.get("filename")).resolve()),
                    int(loc.get("line", "0")),
                )
                for loc in element.iter("location")
            ]
            messages.append(Message(name, element.findtext("source") or "",
                                    element.findtext("comment") or "",
                                    element.get("numerus") == "yes", locations))  # fmt: skip
    return messages


def _helper_context(function: ast.FunctionDef) -> str | None:
    """ "x" when the function is `return QCoreApplication.translate("x", <its first argument>…)`."""
    if len(function.body) != 1 or not isinstance(function.body[0], ast.Return):
        return None
    call = function.body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2):  # fmt: skip
        return None
    context, text = call.args[0], call.args[1]
    first = function.args.args[0].arg if function.args.args else None
    if isinstance(context, ast.Constant) and isinstance(text, ast.Name) and text.id == first:
        return context.value
    return None


def _helpers(trees: dict[Path, ast.Module]) -> dict[Path, dict[str, str]]:
    """Per file, the names that translate in a fixed context: defined there or imported."""
    defined = {
        path: {n.name: c for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
               if (c := _helper_context(n)) is not None}
        for path, tree in trees.items()
    }  # fmt: skip
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
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "_SPECS":
            for row in node.value.values:
                for item in (row.elts[0], row.elts[-1]):
                    if isinstance(item, ast.Constant) and item.value:
                        messages.append(
                            Message(context, item.value, locations=[(_relative(path), item.lineno)])
                        )
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
                messages.append(Message(context, text.value, numerus=numerus,
                                        locations=[(_relative(path), node.lineno)]))  # fmt: skip
        if path.name == "actions.py" and "_tr" in names:
            messages.extend(_action_table(path, tree, names["_tr"]))
    return messages


def collect() -> list[Message]:
    files = _python_files()
    merged: dict[tuple[str, str, str], Message] = {}
    for message in run_lupdate(files) + read_helpers(files):
        known = merged.setdefault(message.key, message)
        if known is not message:
            known.numerus |= message.numerus
            known.locations.extend(m for m in message.locations if m not in known.locations)
    return sorted(merged.values(), key=lambda m: (m.context.lower(), m.context, m.source))


def read_translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None and (translation.text or len(translation)):
                found[key] = translation
    return found


def write_ts(path: Path, messages: list[Message], language: str | None) -> str:
    """The .ts text for `messages`, with the translations `path` already holds."""
    old = read_translations(path) if language else {}
    root = ET.Element("TS", {"version": "2.1", "sourcelanguage": "en"})
    if language:
        root.set("language", language)
    contexts: dict[str, ET.Element] = {}

    def context_element(name: str) -> ET.Element:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        return contexts[name]

    current = set()
    for message in messages:
        current.add(message.key)
        element = ET.SubElement(context_element(message.context), "message")
        if message.numerus:
            element.set("numerus", "yes")
        for filename, line in sorted(message.locations):
            ET.SubElement(element, "location", {"filename": filename, "line": str(line)})
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        element.append(_translation(old.get(message.key), message.numerus))
    for (context, source, comment), translation in sorted(old.items()):
        if (context, source, comment) not in current:
            element = ET.SubElement(context_element(context), "message")
            ET.SubElement(element, "source").text = source
            if comment:
                ET.SubElement(element, "comment").text = comment
            kept = _translation(translation, len(translation) > 0)
            kept.set("type", "vanished")
            element.append(kept)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def _translation(old: ET.Element | None, numerus: bool) -> ET.Element:
    element = ET.Element("translation")
    forms = [f.text or "" for f in old.iter("numerusform")] if old is not None else []
    text = (old.text or "") if old is not None else ""
    if numerus:
        for form in forms or [text, text]:
            ET.SubElement(element, "numerusform").text = form
        done = any(forms) or bool(text)
    else:
        element.text = text or (forms[0] if forms else "")
        done = bool(element.text)
    if (old is not None and old.get("type") == "unfinished") or not done:
        element.set("type", "unfinished")
    return element


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is up to date")
    args = parser.parse_args(argv)
    messages = collect()
    targets = {TEMPLATE: None}
    for path in sorted(FOLDER.glob("networkcircles_*.ts")):
        targets[path] = path.stem.split("_", 1)[1]
    stale = []
    for path, language in targets.items():
        text = write_ts(path, messages, language)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in targets:
        if targets[path]:
            subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(path),
                            "-qm", str(path.with_suffix(".qm"))], check=True)  # fmt: skip
    unfinished = sum(
        1 for path in targets if targets[path]
        for m in ET.parse(path).getroot().iter("translation") if m.get("type") == "unfinished"
    )  # fmt: skip
    print(f"{len(messages)} texts; {unfinished} not yet translated; wrote {len(stale)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
