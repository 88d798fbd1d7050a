"""The layers of DESIGN.md hold: the import contracts in pyproject.toml pass, and the modules
below the diagram's scene really load without Qt."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> str:
    beside = Path(sys.executable).parent / "lint-imports"
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    if found is None:
        pytest.fail("lint-imports is missing: pip install -e '.[test]'")
    return found


def test_import_contracts_are_kept():
    """Layers, no Qt below the scene, no cycles: every import, in functions too."""
    done = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_lower_layers_load_without_qt():
    """What import-linter cannot see (an import by name at run time): load every module of
    the layers below the scene, and the command line, and look for Qt among the loaded."""
    probe = (
        "import importlib, pkgutil, sys\n"
        "import networkcircles.store, networkcircles.services, networkcircles.interchange\n"
        "for package in (networkcircles.store, networkcircles.services,"
        " networkcircles.interchange):\n"
        "    for module in pkgutil.iter_modules(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "import networkcircles.diagram.geometry, networkcircles.diagram.association_layout\n"
        "import networkcircles.cli, networkcircles.paths\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'qtawesome'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def _loops(imports: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other through imports (Tarjan's strongly
    connected components with more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(imports.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return groups


def test_loops_are_found():
    assert _loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _loops({"a": {"b"}, "b": set()}) == []


def test_no_module_reaches_itself_through_imports():
    """Not only siblings: no chain of imports, in functions too, leads from any module of the
    package back to itself (the acyclic_siblings contract sees packages, not modules)."""
    import grimp

    graph = grimp.build_graph("networkcircles")
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    assert _loops(imports) == []
