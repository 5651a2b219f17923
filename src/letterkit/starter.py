"""Where the starter workspace lives: inside the wheel, or at the root of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def starter_dir() -> Path:
    """The bundled starter workspace (templates, clauses, catalog, corpus, example letters)."""
    installed = _PACKAGE / "starter"
    if (installed / "letterkit.toml").is_file():
        return installed
    checkout = _PACKAGE.parent.parent  # src/letterkit -> repository root (editable installs)
    if (checkout / "letterkit.toml").is_file():
        return checkout
    return installed


def bundled_templates_dir() -> Path:
    return starter_dir() / "templates"


STARTER_ITEMS = ("letterkit.toml", "templates", "clauses", "catalog", "corpus")


def init_workspace(target: Path) -> list[str]:
    """Copy the starter workspace into `target` (new or empty); return what was copied."""
    import shutil

    from letterkit.errors import LetterkitError

    source = starter_dir()
    if not (source / "letterkit.toml").is_file():
        raise LetterkitError(
            f"the starter workspace is missing from this installation ({source})",
            hint="reinstall letterkit",
        )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise LetterkitError(
            f"{target} already exists and is not empty",
            hint="choose a new folder name; init never writes over existing files",
        )
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for item in STARTER_ITEMS:
        path = source / item
        if path.is_dir():
            shutil.copytree(path, target / item, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / item)
        copied.append(item)
    letters = target / "letters"
    letters.mkdir()
    for spec in sorted((source / "letters").glob("*/letter.yaml")):
        (letters / spec.parent.name).mkdir()
        shutil.copy2(spec, letters / spec.parent.name / spec.name)
    copied.append("letters")
    return copied
