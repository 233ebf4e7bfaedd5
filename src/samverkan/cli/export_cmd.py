"""`samverkan export -o FILE`: the action plan, the follow-ups and the action list for a spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from samverkan.cli.app import OutputOption, SharedOptions, UsageProblem, app, shared_options, tell
from samverkan.cli.cycle_common import is_stdout, load_valid, refuse_existing, write_output

if TYPE_CHECKING:
    from samverkan.diagnostics import Diagnostic
    from samverkan.export import Table

#: Help text: `help.export.option.table` in samverkan.catalog.export.
TableOption = Annotated[str | None, typer.Option("--table", metavar="TABELL", show_default=False)]
#: The tables by the name `--table` takes; the same names as `samverkan.export.TableName` (not imported here, so
#: that parsing the options does not load the models).
TABLES = ("aktiviteter", "uppfoljningar", "atgardslista")


@app.command()
@shared_options("as_of", "force", "data", "lang")
def export(options: SharedOptions, output: OutputOption = None, table: TableOption = None) -> int:
    """Write the tables for a spreadsheet (help: `help.export` in samverkan.catalog.export)."""
    chosen = options.choose()
    force = options.force
    spreadsheet = _check_options(output, table, force)
    assert output is not None
    repository = load_valid(chosen, sys.stderr, need_agreement=False)
    if repository is None:
        return 1

    from samverkan.diagnostics import display_path
    from samverkan.export import TableName, export_tables
    from samverkan.office import table_to_csv, tables_to_xlsx

    tables = export_tables(repository, chosen.today, None if table is None else TableName(table))
    blocked = _personal_data(tables, output)
    if blocked:
        from samverkan.cli.cycle_common import report_problems

        return report_problems(blocked, chosen.lang)
    if spreadsheet == ".xlsx":
        write_output(output, tables_to_xlsx(tables, chosen.lang, chosen.today), force)
    else:
        write_output(output, table_to_csv(tables[0], chosen.lang), force)
    rows = sum(len(found.rows) for found in tables)
    tell(sys.stdout, chosen.lang, "export.written", path=display_path(output), count=len(tables), rows=rows)
    return 0


def _personal_data(tables: list[Table], output: Path) -> list[Diagnostic]:
    """The publishing guard on every cell about to be written; a finding's place is the sheet's row and column."""
    from samverkan.diagnostics import display_path
    from samverkan.publishing import identity_numbers_in_cells

    found: list[Diagnostic] = []
    for table in tables:
        cells = [
            (row_number, column_number, str(value))
            for row_number, row in enumerate(table.rows, start=2)
            for column_number, value in enumerate(row, start=1)
            if isinstance(value, str)
        ]
        found += identity_numbers_in_cells(cells, f"{display_path(output)}[{table.name.value}]")
    return found


def _check_options(output: Path | None, table: str | None, force: bool) -> str:
    """The kind of file to write (`.xlsx` or `.csv`); usage problems before any data is read."""
    if is_stdout(output):
        raise UsageProblem("usage.export-needs-file")
    assert output is not None
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageProblem("usage.export-unknown-suffix", path=str(output))
    if table is not None and table not in TABLES:
        raise UsageProblem("usage.export-unknown-table", choices=list(TABLES))
    if suffix == ".csv" and table is None:
        raise UsageProblem("usage.export-csv-needs-table", choices=list(TABLES))
    refuse_existing(output, force)
    return suffix
