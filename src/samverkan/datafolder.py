"""Which data folder a command works on. Kept apart from `samverkan.repository` so that choosing the folder does not
load the schemas: a run answered from the result cache (`samverkan.cache`) never imports pydantic."""

from __future__ import annotations

import os
from pathlib import Path


class DataFolderError(Exception):
    """No data folder could be found or the one given does not exist: a usage error (exit 2), not bad data."""


def find_data_folder(given: str | None, environ: dict[str, str] | None = None, cwd: Path | None = None) -> Path:
    """`--data DIR`, else `$SAMVERKAN_DATA`, else `data/` in the current folder or its nearest parent that has one."""
    environ = dict(os.environ) if environ is None else environ
    chosen = given or environ.get("SAMVERKAN_DATA") or None
    if chosen:
        folder = Path(chosen).expanduser()
        if not folder.is_dir():
            raise DataFolderError(str(folder))
        return folder
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data").is_dir():
            return folder / "data"
    raise DataFolderError("data/")
