"""`samverkan site -o DIR`: the public web site, written as a folder of static pages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from samverkan.cli.app import SharedOptions, app, shared_options

if TYPE_CHECKING:
    from samverkan.site import SiteFile

#: Help text: `help.site.option.output` in samverkan.catalog.site.
FolderOption = Annotated[Path, typer.Option("-o", "--output", metavar="MAPP", show_default=False)]


@app.command()
@shared_options("as_of", "force", "data", "lang")
def site(output: FolderOption, options: SharedOptions) -> int:
    """Write the public web site (help: `help.site` in samverkan.catalog.site)."""
    import sys

    from samverkan.cli.app import tell
    from samverkan.cli.cycle_common import load_valid, report_problems
    from samverkan.diagnostics import display_path

    chosen = options.choose()
    check_folder(output, options.force)
    repository = load_valid(chosen, sys.stderr, need_agreement=False)
    if repository is None:
        return 1
    from samverkan.site import build_site

    files, problems = build_site(repository, chosen.today)
    if files is None:
        return report_problems(problems, chosen.lang)
    from samverkan.publishing import identity_numbers_in

    blocked = [found for file in files for found in identity_numbers_in(file.text, display_path(output / file.name))]
    if blocked:
        return report_problems(blocked, chosen.lang)
    write_site(output, files, options.force)
    tell(sys.stdout, chosen.lang, "site.written", path=display_path(output), count=len(files))
    return 0


def check_folder(folder: Path, force: bool) -> None:
    """The output folder: new (its parent exists), empty, or not empty with --force. Checked before any work."""
    import os

    from samverkan.cli.app import UsageProblem

    if folder.is_dir():
        if not force and any(os.scandir(folder)):
            raise UsageProblem("usage.site-output-not-empty", path=str(folder))
    elif os.path.lexists(folder):
        raise UsageProblem("usage.site-output-not-folder", path=str(folder))
    elif not folder.absolute().parent.is_dir():
        raise UsageProblem("usage.site-output-parent-missing", path=str(folder))


def write_site(folder: Path, files: list[SiteFile], force: bool) -> None:
    """Every file atomically. A new folder is filled under a temporary name and then moved into place in one step,
    so nobody (a web server serving it) ever sees half a site; in an existing folder each file is replaced whole."""
    import os
    import shutil
    import tempfile

    from samverkan.cli.app import UsageProblem, os_reason
    from samverkan.safe_write import Outcome, write_file

    check_folder(folder, force)
    try:
        if not folder.is_dir():
            staging = Path(tempfile.mkdtemp(dir=folder.absolute().parent, prefix=f".{folder.name}."))
            try:
                for entry in files:
                    write_file(staging / entry.name, entry.text)
                os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes the folder private; a web site is not
                os.rename(staging, folder)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            return
        for entry in files:
            if write_file(folder / entry.name, entry.text, force=force) is Outcome.SKIPPED:
                check_folder(folder, False)  # something appeared in the folder meanwhile: say so
    except OSError as error:
        raise UsageProblem("usage.write-failed", path=str(folder), reason=os_reason(error)) from None


def _umask() -> int:
    import os

    current = os.umask(0o022)
    os.umask(current)
    return current
