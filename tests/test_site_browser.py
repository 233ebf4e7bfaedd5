"""The public web site in a real browser: headless Chromium, driven by Playwright, checked by axe-core.

Every page of the site of the shipped data and of each example is opened from disk (`file://`, as a resident who
was sent the folder would) at a phone width and a desktop width, and axe-core must find no violation of any of
its rules (WCAG 2.1 A and AA and its best practices). A screenshot shows that a page is not blank, and a page
served over HTTP asks for nothing from another origin.

These tests need the optional `[browser]` extra (Playwright and axe-playwright-python: `pip install -e
".[browser]"`) and the system's Chromium (`apt-get install chromium`; Playwright's own browser download is not
used). Without them they are skipped, and `pytest -rs` (as `make test` runs it) says why.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _cycle import REPOSITORY, SHIPPED_DATA
from samverkan.cli.app import run

EXAMPLES = sorted(path.parent for path in (REPOSITORY / "examples").glob("*/data/"))
SITES = {"data": SHIPPED_DATA, **{folder.name: folder / "data" for folder in EXAMPLES}}
#: A day inside every example's validity, so that the pages show upcoming follow-ups too.
AS_OF = "2024-06-01"
WIDTHS = {"telefon": (360, 740), "dator": (1280, 900)}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str | None:
    given = os.environ.get("SAMVERKAN_CHROMIUM")
    if given:
        return given
    return next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return 'browser tests skipped: Playwright and axe-playwright-python are not installed (pip install -e ".[browser]")'
    if _chromium() is None:
        return "browser tests skipped: no Chromium on this machine (apt-get install chromium, or set SAMVERKAN_CHROMIUM)"
    return None


pytestmark = [
    pytest.mark.usefixtures("clean_env"),
    pytest.mark.skipif(_missing() is not None, reason=_missing() or ""),
]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The site of the shipped data and of each example, built once."""
    built = {}
    for name, data in SITES.items():
        output = tmp_path_factory.mktemp("site") / name
        assert run(["site", "--data", str(data), "-o", str(output), "--as-of", AS_OF]) == 0
        built[name] = output
    return built


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("site", sorted(SITES))
def test_axe_core_finds_no_violation_on_any_page(sites: dict[str, Path], browser: Any, site: str, width: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    viewport_width, viewport_height = WIDTHS[width]
    context = browser.new_context(viewport={"width": viewport_width, "height": viewport_height})
    try:
        tab = context.new_page()
        requested: list[str] = []
        tab.on("request", lambda request: requested.append(request.url))
        pages = sorted(sites[site].glob("*.html"))
        assert "index.html" in [page.name for page in pages]
        violations: dict[str, list[tuple[str, list[Any]]]] = {}
        reports = []
        for page in pages:
            tab.goto(page.as_uri())
            results = Axe().run(tab)
            found = [(v["id"], [node["target"] for node in v["nodes"]]) for v in results.response["violations"]]
            if found:
                violations[page.name] = found
                reports.append(f"{page.name}:\n{results.generate_report()}")
        assert violations == {}, "\n".join(reports)
        assert [url for url in requested if not url.startswith("file://")] == []
    finally:
        context.close()


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_a_page_is_not_blank_and_fits_the_screen(sites: dict[str, Path], browser: Any, width: str) -> None:
    viewport_width, viewport_height = WIDTHS[width]
    context = browser.new_context(viewport={"width": viewport_width, "height": viewport_height})
    try:
        tab = context.new_page()
        tab.goto((sites["atgardsplan-lag-2023-196"] / "indikatorer.html").as_uri())
        colours = _colours(tab.screenshot(full_page=False))
        # The header's dark blue, the white page, the text: a blank or unstyled page has one or two colours.
        assert len(colours) > 20
        assert (11, 58, 99) in colours  # the header's background: the stylesheet was applied
        # Nothing is wider than the screen: a resident on a phone never scrolls sideways to read.
        assert tab.evaluate("document.documentElement.scrollWidth") <= viewport_width
        assert tab.locator("svg.chart").first.is_visible()
    finally:
        context.close()


def test_a_served_site_asks_for_nothing_from_elsewhere(sites: dict[str, Path], browser: Any) -> None:
    with _serve(sites["atgardsplan-lag-2023-196"]) as address:
        context = browser.new_context()
        try:
            tab = context.new_page()
            requested: list[str] = []
            tab.on("request", lambda request: requested.append(request.url))
            for page in ("index.html", "indikatorer.html"):
                response = tab.goto(f"{address}/{page}")
                assert response is not None and response.status == 200
            assert sorted({url.rsplit("/", 1)[1] for url in requested}) == [
                "index.html",
                "indikatorer.html",
                "style.css",
            ]
            assert all(url.startswith(address) for url in requested)
        finally:
            context.close()


@contextlib.contextmanager
def _serve(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _colours(png: bytes) -> set[tuple[int, int, int]]:
    """The distinct colours of an 8-bit RGB or RGBA PNG (what Chromium's screenshots are), without an image library."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], b""
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type, _compression, _filter, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, colour_type, interlace) in ((8, 2, 0), (8, 6, 0))
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    colours: set[tuple[int, int, int]] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - up_left
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - up_left))
                best = (left, up, up_left)[distances.index(min(distances))]
                line[i] = (line[i] + best) & 0xFF
        colours.update(
            (line[i], line[i + 1], line[i + 2]) for i in range(0, stride, channels * 7)
        )  # every 7th pixel is plenty to tell a page from a blank one
        previous = line
    return colours
