"""The dashboard in a real browser: Debian's chromium driven by Playwright against a real uvicorn server on
127.0.0.1, over a store the real model built from the seed. Screenshots go to test-artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.web.conftest import ARTIFACTS

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
                                reason="Debian's chromium is not installed (make browser)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield opened
    context.close()
    assert not problems, problems  # no script error, no CSP violation


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def canvas_has_ink(page, selector: str) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of the canvas are drawn on (not transparent)."""
    return int(page.eval_on_selector(selector, """canvas => {
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) inked++; }
        return inked;
    }"""))


def test_overview_to_the_dyad_chart_and_an_events_evidence(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Overview"
    shot(page, "overview")
    page.get_by_role("link", name="North Korea – Russia").first.click()
    page.wait_for_url("**/dyad/PRK/RUS")
    page.goto("/dyad/RUS/PRK?by=month")
    assert "Russia – North Korea" in page.locator("h1").inner_text()
    page.wait_for_function("document.getElementById('timeline').chart !== undefined")
    assert canvas_has_ink(page, "#timeline") > 1000
    first = page.locator("#h-facts ~ ol.events li.event").first
    first.locator("summary").click()
    mark = first.locator("blockquote.sentence mark")
    assert mark.first.is_visible()
    words = first.locator("summary .words").inner_text().strip("“”")
    assert mark.first.inner_text() in words or words in first.locator("blockquote.sentence").inner_text()
    shot(page, "dyad-rus-prk")


def test_the_event_list_works_from_the_keyboard(page):
    page.goto("/dyad/RUS/PRK")
    summary = page.locator("li.event summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("li.event details").first.get_attribute("open") is not None
    outline = summary.evaluate("s => getComputedStyle(s).outlineStyle")
    assert outline != "none"


def test_document_page_opens_an_events_coding(page, seed_db):
    page.goto("/documents")
    page.locator("table a", has_text="000_61bf31ed79521152").click()
    marked = page.locator("#document-text a.hl").first
    marked.click()
    target = marked.get_attribute("href")
    assert target and target.startswith("#ev-")
    details = page.locator(f"li{target} details")
    assert details.get_attribute("open") is not None
    assert details.locator("blockquote.sentence mark").first.is_visible()
    shot(page, "document-seed")


def test_search(page):
    page.goto("/search")
    page.get_by_label("Words in the evidence or its sentence").fill("treaty")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=treaty**")
    heading = page.locator("#h-results").inner_text()
    assert int(heading.split()[0]) > 0
    page.locator("#results li.event summary").first.click()
    assert "treaty" in page.locator("#results blockquote.sentence").first.inner_text().lower()
    shot(page, "search-treaty")


def test_network_is_drawn(page):
    page.goto("/network")
    page.wait_for_function("document.getElementById('graph').cy !== undefined")
    assert page.evaluate("document.getElementById('graph').cy.nodes().length") >= 3
    assert canvas_has_ink(page, "#graph canvas:last-of-type") > 100 or page.locator("#graph canvas").count() > 0
    shot(page, "network")


def test_hostile_text_is_shown_literally_and_nothing_runs(page, seed_db):
    hostile = seed_db.parent / "hostile.txt"
    page.goto("/documents/" + quote(str(hostile), safe=""))
    text = page.locator("#document-text").inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert "<img src=x onerror=\"window.__pwned=2\">" in text and "onmouseover=\"window.__pwned=3\"" in text
    page.locator("#document-text").hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#document-text img, #document-text script, #document-text b").count() == 0
    shot(page, "xss-document")
    page.goto("/search?q=pwned")
    assert int(page.locator("#h-results").inner_text().split()[0]) >= 1
    page.locator("#results li.event summary").first.click()
    assert "<script>window.__pwned=1</script>" in page.locator("#results blockquote.sentence").first.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "xss-search")


def test_analyse_a_pasted_text_at_once(page):
    page.goto("/analyse")
    page.get_by_label("Article text").fill("Russian President Vladimir Putin visited Pyongyang in June 2024, where "
                                          "he and Kim Jong Un signed a treaty. <script>window.__pwned=5</script>")
    page.get_by_role("button", name="Extract events").click()
    page.wait_for_selector("#document-text")
    assert page.locator("#document-text mark").count() >= 1
    assert "<script>window.__pwned=5</script>" in page.locator("#document-text").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "analyse")
