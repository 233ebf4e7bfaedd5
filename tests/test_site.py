"""`samverkan site -o DIR`: the public web site as a resident reads it, and only what is public.

The pages of the shipped data are golden files (tests/golden/site/): the front page whole, the other pages their
`<main>` only, since every page shares the front page's frame (a test holds them to it). Regenerate after an intended
change with

    SAMVERKAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_site.py

The browser checks (axe-core, screenshots) are in test_site_browser.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from _cycle import REPOSITORY, SHIPPED_DATA, activity, check_golden, cli, followup, make_repository
from samverkan.diagnostics import display_path

pytestmark = pytest.mark.usefixtures("clean_env")

EXAMPLES = sorted(path.parent.name for path in (REPOSITORY / "examples").glob("*/data/"))
#: Text that only internal content holds: none of it may reach a page.
SECRETS = ("HEMLIG-BESKRIVNING", "HEMLIG-EFFEKT", "HEMLIG-FIL", "HEMLIG-AKTIVITET", "HEMLIG-MOTE", "HEMLIG-NOTERING")


def site(capsys: pytest.CaptureFixture[str], data: Path, output: Path, *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "site", "--data", str(data), "-o", str(output), "--as-of", "2020-05-01", *extra)


def pages(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}


def split_page(text: str) -> tuple[str, str]:
    """A page's frame (all but its `<main>`, with the title and the current page's mark taken out) and its `<main>`."""
    start, end = text.index('<main id="innehall">'), text.index("</main>") + len("</main>")
    frame = re.sub(r"<title>[^<]*</title>", "<title></title>", text[:start] + text[end:])
    return frame.replace(' aria-current="page"', ""), text[start:end]


def test_the_shipped_data_gives_the_golden_pages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = site(capsys, SHIPPED_DATA, tmp_path / "webb")
    assert (code, err) == (0, "")
    assert out == f"Webbplatsen skrevs till {display_path(tmp_path / 'webb')}: 4 filer.\n"
    written = pages(tmp_path / "webb")
    assert sorted(written) == ["aktiviteter.html", "index.html", "style.css", "uppfoljning.html"]
    check_golden("site/index.html", written["index.html"])
    frame, _main = split_page(written["index.html"])
    for name, heading in (("aktiviteter.html", "Aktiviteter"), ("uppfoljning.html", "Vad har gjorts")):
        page_frame, main = split_page(written[name])
        check_golden(f"site/{name.removesuffix('.html')}-main.html", main + "\n")
        assert page_frame == frame, name
        assert f'<li><a href="{name}" aria-current="page">' in written[name]
        assert f"<title>{heading} – Samverkansöverenskommelse mellan Polismyndigheten och Strängnäs kommun" in written[name]


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_gives_a_site(capsys: pytest.CaptureFixture[str], tmp_path: Path, example: str) -> None:
    code, _out, err = site(capsys, REPOSITORY / "examples" / example / "data", tmp_path / "webb")
    assert (code, err) == (0, "")
    for name, text in pages(tmp_path / "webb").items():
        if name.endswith(".html"):
            assert text.startswith('<!DOCTYPE html>\n<html lang="sv">\n'), name
            assert "Påhittat exempel." in text, name  # every example is illustrative, and every page says so


def test_pages_have_no_script_and_ask_for_nothing_from_elsewhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for example in EXAMPLES:
        assert site(capsys, REPOSITORY / "examples" / example / "data", tmp_path / example)[0] == 0
        for name, text in pages(tmp_path / example).items():
            assert "<script" not in text.lower(), (example, name)
            links = re.findall(r'(?:href|src)="([^"]*)"', text)
            assert [link for link in links if not re.fullmatch(r"[a-z]+\.(?:html|css)|#innehall", link)] == []
            assert "url(" not in text and "@import" not in text, (example, name)


def test_internal_files_and_fields_never_reach_the_site(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = make_repository(
        tmp_path,
        activities={
            "sig": activity("sig", extra="description: HEMLIG-BESKRIVNING\ninternal_fields: [description]\n"),
            "oppen": activity("oppen", extra="description: Öppen beskrivning.\n"),
            "intern": activity("intern", extra="description: HEMLIG-AKTIVITET\ninternal: true\n"),
        },
        followups={
            ("2020Q1", "sig"): "activity: sig\nperiod: 2020Q1\ndone: Offentligt gjort.\neffects: HEMLIG-EFFEKT\n"
            "notes: HEMLIG-NOTERING\ninternal_fields: [effects, notes]\n",
            ("2020Q1", "oppen"): followup("oppen", "2020Q1", done="HEMLIG-FIL") + "internal: true\n",
            ("2020Q1", "intern"): followup("intern", "2020Q1", done="Gjort i en intern aktivitet."),
        },
        meetings={
            "2020Q1": "period: 2020Q1\nstatus: genomfört\ndate: 2020-03-20\ninternal: true\n"
            "decisions:\n  - text: HEMLIG-MOTE\n",
        },
    )
    code, _out, err = site(capsys, data, tmp_path / "webb")
    assert (code, err) == (0, "")
    everything = "\n".join(pages(tmp_path / "webb").values())
    assert [secret for secret in SECRETS if secret in everything] == []
    assert "Gjort i en intern aktivitet." not in everything  # an internal activity's follow-ups go with it
    assert "Offentligt gjort." in everything and "Öppen beskrivning." in everything
    # The meeting was internal, so its date is not the follow-ups' due date on the site either.
    assert "20 mars 2020" not in everything


def test_a_field_that_cannot_be_internal_is_a_finding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = make_repository(tmp_path, activities={"sig": activity("sig", extra="internal_fields: [id, nothing]\n")})
    code, out, err = site(capsys, data, tmp_path / "webb")
    assert (code, out) == (1, "")
    assert re.match(r"\S*sig\.yaml:\d+:\d+: fel \[schema-inconsistent\]", err), err
    assert "`internal_fields` får bara räkna upp fält" in err
    assert not (tmp_path / "webb").exists()


def test_text_from_the_data_is_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    done = '"<script>alert(1)</script> & <b>fet</b>"'
    data = make_repository(tmp_path, followups={("2020Q1", "sig"): followup("sig", "2020Q1", done=done)})
    assert site(capsys, data, tmp_path / "webb")[0] == 0
    text = (tmp_path / "webb" / "uppfoljning.html").read_text(encoding="utf-8")
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;</p>" in text
    assert "<script" not in text


def test_a_folder_that_is_not_empty_is_kept_without_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "webb"
    output.mkdir()
    (output / "egen.txt").write_text("min fil\n", encoding="utf-8")
    assert site(capsys, SHIPPED_DATA, output) == (
        2,
        "",
        f"samverkan: mappen {output} finns redan och är inte tom. Välj en ny mapp, eller ange --force för att "
        "skriva över webbplatsens filer i den.\n",
    )
    assert sorted(path.name for path in output.iterdir()) == ["egen.txt"]
    code, _out, err = site(capsys, SHIPPED_DATA, output, "--force")
    assert (code, err) == (0, "")
    assert sorted(path.name for path in output.iterdir()) == [
        "aktiviteter.html",
        "egen.txt",
        "index.html",
        "style.css",
        "uppfoljning.html",
    ]
    assert (output / "egen.txt").read_text(encoding="utf-8") == "min fil\n"


def test_an_empty_folder_is_used_and_a_file_or_missing_parent_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "tom").mkdir()
    assert site(capsys, SHIPPED_DATA, tmp_path / "tom")[0] == 0
    (tmp_path / "fil").write_text("", encoding="utf-8")
    assert site(capsys, SHIPPED_DATA, tmp_path / "fil") == (
        2,
        "",
        f"samverkan: {tmp_path / 'fil'} finns redan och är ingen mapp.\n",
    )
    assert site(capsys, SHIPPED_DATA, tmp_path / "saknas" / "webb") == (
        2,
        "",
        f"samverkan: mappen som ska innehålla {tmp_path / 'saknas' / 'webb'} finns inte.\n",
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fil", "tom"]  # no half-written folder left


def test_the_output_option_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "site")
    assert (code, out) == (2, "")
    assert err == "samverkan: fel i kommandoraden: flaggan --output saknas; den måste anges.\nSe `samverkan site --help`.\n"


def test_a_repository_template_replaces_the_built_in_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = make_repository(tmp_path)
    (tmp_path / "templates" / "site").mkdir(parents=True)
    (tmp_path / "templates" / "site" / "index.html.j2").write_text(
        '{% extends "builtin/site/base.html.j2" %}{% block content %}<h1>Vår egen sida om {{ title }}</h1>'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    assert site(capsys, data, tmp_path / "webb")[0] == 0
    text = (tmp_path / "webb" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Vår egen sida om Samverkansöverenskommelse Testby 2020–2020</h1>" in text


def test_a_broken_site_template_is_a_finding_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = make_repository(tmp_path)
    (tmp_path / "templates" / "site").mkdir(parents=True)
    (tmp_path / "templates" / "site" / "index.html.j2").write_text("{{ no_such_thing }}\n", encoding="utf-8")
    code, out, err = site(capsys, data, tmp_path / "webb")
    assert (code, out) == (1, "")
    assert "templates/site/index.html.j2:1:1: fel [template-undefined]" in err
    assert not (tmp_path / "webb").exists()


def test_the_next_follow_up_is_on_the_overview(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = make_repository(
        tmp_path, meetings={"2020Q2": "period: 2020Q2\ndate: 2020-06-10\nplace: Stadshuset\n"}
    )
    assert site(capsys, data, tmp_path / "webb")[0] == 0
    text = (tmp_path / "webb" / "index.html").read_text(encoding="utf-8")
    assert "<p>Nästa uppföljning gäller kvartal 2 2020 och ska vara klar senast 10 juni 2020.</p>" in text
    assert "<li>10 juni 2020, Stadshuset</li>" in text


# ------------------------------------------------------------------------------------------------------- the charts


def test_a_chart_carries_its_figures_as_text_and_is_the_same_every_time() -> None:
    from samverkan.site import line_chart

    points = [
        (dt.date(2018, 12, 31), 2.1, "2018", False),
        (dt.date(2020, 12, 31), 1.9, "2020", False),
        (dt.date(2021, 12, 31), 1.75, "2021", True),
    ]
    chart = line_chart("indikator-1", "Otrygghet <kväll>", "index", points, 1.5, "sv")
    assert chart == line_chart("indikator-1", "Otrygghet <kväll>", "index", points, 1.5, "sv")
    assert chart.startswith('<svg class="chart" role="img" viewBox="0 0 480 270" ')
    assert 'aria-labelledby="indikator-1-title indikator-1-desc"' in chart
    assert '<title id="indikator-1-title">Diagram: Otrygghet &lt;kväll&gt; över tid</title>' in chart
    assert (
        '<desc id="indikator-1-desc">Linjediagram. Värdena i tidsordning: 2,1 index (2018), 1,9 index (2020) och '
        "1,75 index (2021). Målet är 1,5 index.</desc>"
    ) in chart
    assert chart.count("<circle ") == 3
    assert ">Mål</text>" in chart
    # The value axis starts at zero and reaches past the highest value, in round steps written the Swedish way.
    assert re.findall(r'<text x="48" y="[0-9.]+" text-anchor="end" font-size="14" fill="#1a1a1a">([^<]*)<', chart) == [
        "0",
        "0,5",
        "1",
        "1,5",
        "2",
        "2,5",
    ]


def test_a_value_below_zero_moves_the_axis_down() -> None:
    from samverkan.site import line_chart

    points = [(dt.date(2020, 1, 31), -3.0, "januari 2020", False), (dt.date(2020, 3, 31), 4.0, "mars 2020", False)]
    chart = line_chart("i", "Förändring", None, points, None, "sv")
    labels = re.findall(r'<text x="48" y="[0-9.]+" text-anchor="end" font-size="14" fill="#1a1a1a">([^<]*)<', chart)
    assert labels[0] == "-4" and labels[-1] == "4"
    assert "januari 2020" in chart and "mars 2020" in chart  # same year: the axis names the months
    assert "Mål" not in chart
