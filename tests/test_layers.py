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
