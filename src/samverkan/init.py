"""`samverkan init`: the files that start a kommun's own repository, for one kind of document.

`plan_init(kind, kommun)` says what to create, as text in memory: `data/agreement.yaml` of that kind, one example
activity, promise or measure (`illustrative: true`, to be replaced), the repository's README, a pre-commit
configuration and a GitHub Actions workflow that run `samverkan validate` and `lint`, a `.gitignore`, and the
JSON Schemas the data files' `# yaml-language-server` lines point to. The texts come from the templates in
`templates/init/` (Swedish: they are the kommun's own files, like its data, whatever `--lang` the command ran in).

Nothing a user would have to invent is written as a value. The agreement holds what every document of that kind
has (its kind, and the parties the kind implies) and leaves the rest out, with commented examples saying what to
fill in; `samverkan lint` then warns about what is missing, and the user lists in `not_stated` what the document
really does not say. A generic title and the kommun's generic name stand where the schema needs a value, each with a
comment to replace it; `--kommun` fills in the name.

`existing(root, files)` finds the files that are already there; `write_init` writes atomically through
samverkan.safe_write and never over an existing file unless `force`. The core never prints: it returns outcomes and
`Diagnostic`s (`init-file-exists`, `init-write-failed`).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from samverkan import __version__
from samverkan.catalog import Msg, has, msg
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.models import DocumentKind, NotStated
from samverkan.safe_write import Outcome, write_file

#: The kinds of document `init` can start.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind.SAMVERKANSOVERENSKOMMELSE,
    DocumentKind.MEDBORGARLOFTE,
    DocumentKind.ATGARDSPLAN,
)


def ascii_name(kind: DocumentKind) -> str:
    """The spelling for the command line, template folders and catalog keys: `medborgarlofte`."""
    return _ascii(kind.value)


#: What the example file in `activities/` is called, per kind.
EXAMPLE_ID = {
    DocumentKind.SAMVERKANSOVERENSKOMMELSE: "exempel-aktivitet",
    DocumentKind.MEDBORGARLOFTE: "exempel-lofte",
    DocumentKind.ATGARDSPLAN: "exempel-atgard",
}

#: The kommun's id and name when `--kommun` is not given: the generic word, to be replaced (the comment says so).
GENERIC_KOMMUN = ("kommunen", "Kommunen")

_SLUG_RUN = re.compile(r"[^a-z0-9]+")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_kind(text: str) -> DocumentKind | None:
    """`medborgarlofte` or `medborgarlöfte` (any case, composed or not) → the kind; None for anything else."""
    wanted = _ascii(text.strip().lower())
    return next((kind for kind in KINDS if ascii_name(kind) == wanted), None)


class BadKommun(ValueError):
    """`--kommun` that cannot be a party's name: empty, too long, a line break or control character, no letter."""


def _comment_lines(text: str) -> str:
    """Text as YAML comment lines of at most 116 characters."""
    import textwrap

    return "\n".join(f"# {line}" for line in textwrap.wrap(text, 114))


def kommun_party(name: str | None) -> tuple[str, str, bool]:
    """The kommun's party id, its name and whether the name was given. The id is the name as a slug
    (`Strängnäs kommun` → `strangnas-kommun`)."""
    if name is None:
        return (*GENERIC_KOMMUN, False)
    given = unicodedata.normalize("NFC", name.strip())
    if not given or len(given) > 300 or any(not ch.isprintable() for ch in given):
        raise BadKommun
    slug = _SLUG_RUN.sub("-", _ascii(given).lower()).strip("-")[:80].rstrip("-")
    if not slug or slug == "vi":
        raise BadKommun
    return slug, given, True


@dataclass(frozen=True, slots=True)
class InitFile:
    """One file to create: its path inside the new repository, and its text."""

    parts: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Created:
    path: Path
    outcome: Outcome


def pip_requirement(direct_url: str | None, version: str = __version__) -> str:
    """What the new repository's CI installs: samverkan from where this copy came from, when that is a place CI can
    reach (a git repository or an archive on the web, from pip's `direct_url.json`, PEP 610), else this version
    from PyPI. A local folder or file is no place for CI, so it falls back to PyPI too."""
    try:
        origin = json.loads(direct_url) if direct_url else {}
    except ValueError:
        origin = {}
    url = origin.get("url") if isinstance(origin, dict) else None
    if not isinstance(url, str) or not url.startswith(("https://", "http://", "ssh://", "git@")):
        return f"samverkan=={version}"
    vcs = origin.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git":
        revision = vcs.get("requested_revision") or vcs.get("commit_id")
        return f"samverkan @ git+{url}" + (f"@{revision}" if isinstance(revision, str) and revision else "")
    return f"samverkan @ {url}"


def installed_from() -> str | None:
    """This copy's `direct_url.json` (how pip installed it), or None when pip left none (an install from PyPI)."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        return distribution("samverkan").read_text("direct_url.json")
    except PackageNotFoundError:
        return None


def plan_init(kind: DocumentKind, kommun: str | None = None, direct_url: str | None = None) -> list[InitFile]:
    """The files a new repository for `kind` gets, in the order they are reported. Raises BadKommun."""
    import jinja2

    from samverkan.json_schema import render_schemas
    from samverkan.templating import builtin_templates_dir

    kommun_id, kommun_name, kommun_given = kommun_party(kommun)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(builtin_templates_dir() / "init")),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    example = EXAMPLE_ID[kind]
    context = {
        "kind": kind.value,
        "kind_ascii": ascii_name(kind),
        # Every key `not_stated` takes, as YAML comment lines (the models' list, so the comment never drifts).
        "not_stated_keys": _comment_lines(", ".join(key.value for key in NotStated) + "."),
        "kommun_id": kommun_id,
        # A double-quoted YAML scalar (JSON's string syntax is YAML's), so any name is read back as written.
        "kommun_name": json.dumps(kommun_name, ensure_ascii=False) if kommun_given else kommun_name,
        "kommun_given": kommun_given,
        "example": example,
        "version": __version__,
        "requirement": pip_requirement(direct_url),
    }

    def render(name: str) -> str:
        return environment.get_template(name).render(context)

    files = [
        InitFile(("data", "agreement.yaml"), render(f"{ascii_name(kind)}/agreement.yaml.j2")),
        InitFile(("data", "activities", f"{example}.yaml"), render(f"{ascii_name(kind)}/activity.yaml.j2")),
        InitFile(("README.md",), render("README.md.j2")),
        InitFile((".gitignore",), render("gitignore.j2")),
        InitFile((".pre-commit-config.yaml",), render("pre-commit-config.yaml.j2")),
        InitFile((".github", "workflows", "samverkan.yml"), render("samverkan.yml.j2")),
    ]
    files.extend(InitFile(("schemas", name), text) for name, text in render_schemas().items())
    return files


def existing(root: Path, files: list[InitFile]) -> list[Diagnostic]:
    """One finding per file of the plan that is already there (a file, a folder or a link)."""
    return [
        Diagnostic(display_path(root.joinpath(*f.parts)), None, None, "init-file-exists", Severity.ERROR)
        for f in files
        if os.path.lexists(root.joinpath(*f.parts))
    ]


def write_init(root: Path, files: list[InitFile], *, force: bool) -> tuple[list[Created], list[Diagnostic]]:
    """Write the plan under `root` (created if missing), each file atomically. Without `force` a file that exists
    (or appears meanwhile) is left as it is and reported; with `force` it is replaced."""
    created: list[Created] = []
    problems: list[Diagnostic] = []
    for planned in files:
        target = root.joinpath(*planned.parts)
        shown = display_path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            outcome = write_file(target, planned.text, force=force)
        except OSError as error:
            problems.append(
                Diagnostic(shown, None, None, "init-write-failed", Severity.ERROR, {"reason": _reason(error)})
            )
            continue
        if outcome is Outcome.SKIPPED:
            problems.append(Diagnostic(shown, None, None, "init-file-exists", Severity.ERROR))
            continue
        created.append(Created(target, outcome))
    return created, problems


def _reason(error: OSError) -> Msg:
    """Why the system refused, in the user's language for the usual reasons (`os.*` in the catalog)."""
    import errno

    key = f"os.{errno.errorcode.get(error.errno or 0, '').lower()}"
    return Msg(key) if has(key) else msg("os.other", reason=error.strerror or type(error).__name__)
