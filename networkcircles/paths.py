"""Where resources/ is: beside the package in a checkout, inside it in a wheel or a bundle."""

import sys
from pathlib import Path


def resources_folder() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [
        package / "resources",  # an installed wheel carries it inside the package
        package.parent / "resources",  # a checkout, or an editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks here
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise FileNotFoundError("the resources folder of networkcircles is missing")


def resource(*parts: str) -> Path:
    return resources_folder().joinpath(*parts)
