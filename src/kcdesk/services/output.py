"""Files the engine writes (event and journal exports, badges): checked before any work."""

from __future__ import annotations

from pathlib import Path

from kcdesk.domain.errors import KcdeskError


def check_output(path: Path | str) -> Path:
    """``path`` as a file that can be written: not a folder, in a folder that exists."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise KcdeskError(f"{path} is a folder; give the name of a file to write.")
    if not path.parent.is_dir():
        raise KcdeskError(f"The folder {path.parent} does not exist.")
    return path


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write ``text`` beside ``path`` first, then rename: a failed write leaves no half file."""
    path = check_output(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
