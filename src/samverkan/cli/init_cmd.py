"""`samverkan init [MAPP] --kind SORT [--kommun NAMN] [--force]`: start a kommun's own repository."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from samverkan.cli.app import SharedOptions, UsageProblem, app, choose_lang, shared_options, tell

KindOption = Annotated[str, typer.Option("--kind", metavar="SORT", show_default=False)]
KommunOption = Annotated[str | None, typer.Option("--kommun", metavar="NAMN", show_default=False)]
FolderArgument = Annotated[Path | None, typer.Argument(metavar="MAPP", show_default=False)]


@app.command()
@shared_options("force", "lang")
def init(kind: KindOption, options: SharedOptions, folder: FolderArgument = None, kommun: KommunOption = None) -> int:
    """Create a new repository's files for one kind of document (help: `help.init` in samverkan.catalog.cli)."""
    from samverkan.diagnostics import display_path
    from samverkan.init import (
        KINDS,
        BadKommun,
        ascii_name,
        existing,
        installed_from,
        parse_kind,
        plan_init,
        write_init,
    )
    from samverkan.safe_write import Outcome

    chosen_lang = choose_lang(options.lang)
    chosen_kind = parse_kind(kind)
    if chosen_kind is None:
        raise UsageProblem("usage.init.unknown-kind", choices=[ascii_name(k) for k in KINDS])
    root = folder if folder is not None else Path(".")
    if root.exists() and not root.is_dir():
        raise UsageProblem("usage.not-a-folder", folder=str(root))
    try:
        files = plan_init(chosen_kind, kommun, installed_from())
    except BadKommun:
        raise UsageProblem("usage.init.bad-kommun") from None

    from samverkan.catalog import msg
    from samverkan.reporters import REPORTERS, Summary

    if not options.force:
        there = existing(root, files)
        if there:
            closing = msg("init.refused", count=len(there))
            REPORTERS["text"](there, Summary(len(files), closing=closing), chosen_lang, sys.stderr)
            return 1
    created, problems = write_init(root, files, force=options.force)
    for item in created:
        tell(sys.stdout, chosen_lang, f"init.outcome.{item.outcome.value}", file=display_path(item.path))
    overwritten = sum(item.outcome is Outcome.OVERWRITTEN for item in created)
    made = len(created) - overwritten
    if overwritten:
        tell(sys.stdout, chosen_lang, "init.summary.overwritten", created=made, overwritten=overwritten)
    else:
        tell(sys.stdout, chosen_lang, "init.summary", created=made)
    if problems:
        closing = msg("init.failed", failed=len(problems))
        REPORTERS["text"](problems, Summary(len(files), closing=closing), chosen_lang, sys.stderr)
        return 1
    agreement, example = ("/".join(f.parts) for f in files[:2])
    activities = example.rpartition("/")[0] + "/"
    sys.stdout.write("\n")
    if root.resolve() == Path.cwd().resolve():
        tell(sys.stdout, chosen_lang, "init.next")
    else:
        tell(sys.stdout, chosen_lang, "init.next.in", folder=display_path(root))
    tell(
        sys.stdout, chosen_lang, f"init.next.fill.{ascii_name(chosen_kind)}", agreement=agreement, activities=activities
    )
    tell(sys.stdout, chosen_lang, "init.next.check")
    tell(sys.stdout, chosen_lang, "init.next.commit")
    return 0
