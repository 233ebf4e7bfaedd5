"""The `samverkan` command line. Thin by design: parse options, call the core, hand the result to a reporter.

Each command lives in its own module and registers itself on `app`; importing them here is what makes them
exist. They import the core lazily, inside the command, so `samverkan --help` starts as fast as Typer itself.
"""

try:
    from samverkan.cli import (  # noqa: F401  (register the commands)
        export_cmd,
        init_cmd,
        lint_cmd,
        new_cmd,
        overdue_cmd,
        render_cmd,
        report_cmd,
        rules_cmd,
        schema_cmd,
        site_cmd,
        status_cmd,
        validate_cmd,
    )
    from samverkan.cli.app import app, main
except KeyboardInterrupt:  # Ctrl-C while Python is still loading the command: quiet, with the code a shell expects
    raise SystemExit(130) from None

__all__ = ["app", "main"]
