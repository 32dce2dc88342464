"""Stores for the web tests, and the app over them.

``web_db``: a synthetic store written through the public store API (no model): Russia–North Korea over 2024
with a month nobody wrote about, facts and non-facts, and documents whose text and id carry HTML and script.
``seed_db``: the seed article (read from ../shared, never copied) and a hostile document, extracted by the real
model, for the browser tests.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from entente.ingest.readers import Document
from entente.record import Actor, Event, EventDate, SentenceRef, TextSpan
from entente.store import Store
from tests.analysis.synthetic import add


def pytest_configure(config: pytest.Config) -> None:
    # starlette 1.x suggests httpx2 for its TestClient; httpx 0.28 works and is what FastAPI documents
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

HOSTILE = ("Russia signed a treaty with North Korea <script>window.__pwned=1</script> in Pyongyang, and "
           "<img src=x onerror=\"window.__pwned=2\"> officials said 'quoted' & \"double\" "
           "<b title=\"x\" onmouseover=\"window.__pwned=3\">bold</b> words.")
HOSTILE_ID = "hostile/<script>window.__pwned=4</script>\"'.txt"
INJECTIONS = ["' OR 1=1 --", "\"; DROP TABLE events; --", "RUS' OR '1'='1", "%' OR 1=1 --", "1); DELETE FROM events;"]


def hostile_document(store: Store, doc_id: str = HOSTILE_ID, text: str = HOSTILE) -> None:
    """One sentence holding markup, with a RUS→PRK event whose evidence and actors sit inside it."""
    start = text.index("signed a treaty")
    sentence = SentenceRef(0, 0, len(text), text)
    event = Event(doc_id=doc_id, sentence=sentence, evidence=TextSpan(start, start + 15, "signed a treaty"),
                  source=Actor("RUS", "RUS", None, None, "Russia", 0, 6),
                  target=Actor("PRK", "PRK", None, None, "North Korea", text.index("North Korea"),
                               text.index("North Korea") + 11),
                  event="AGREE", mode=None, context=[], cameo="057", quad_class=1, goldstein=8.0,
                  date=EventDate("2024-06-19", "day", "2024-06-19", "2024-06-19", "June 19", "explicit"),
                  quantity=None, modality="asserted", attribution=None, confidence=0.9)
    store.write_batch([(Document(id=doc_id, text=text, published=dt.date(2024, 6, 20),
                                 title="<i>Hostile</i> title"), [sentence], [event])])
    store.cluster()


def build_web_store(path: Path) -> Path:
    with Store(path) as store:
        add(store, [("RUS", "PRK", "2024-01-15", "042", 1.9), ("CHN", "PRK", "2024-01-20", "112", -2.0)],
            published=dt.date(2024, 1, 31), doc="news/january.txt")
        add(store, [("PRK", "RUS", "2024-03-02", "057", 8.0), ("RUS", "PRK", "2024-03-02", "057", 8.0),
                    ("RUS", "UKR", "2024-03-05", "190", -10.0)], published=dt.date(2024, 3, 31), doc="news/march.txt")
        add(store, [("RUS", "PRK", "2024-06-19", "042", 1.9), ("PRK", "RUS", "2024-06-19", "043", 2.8)],
            published=dt.date(2024, 6, 30), doc="news/june.txt")
        add(store, [("RUS", "PRK", "2024-09-01", "057", 8.0)], published=dt.date(2024, 9, 30),
            doc="news/plans.txt", modality="future")
        add(store, [("PRK", "RUS", "2024-10-01", "190", -10.0)], published=dt.date(2024, 10, 30),
            doc="news/maybe.txt", modality="hypothetical")
        for year in range(2015, 2024):
            add(store, [("RUS", "PRK", f"{year}-05-01", "040" if year < 2020 else "057", 1.0 if year < 2020 else 8.0)],
                published=dt.date(year, 5, 31), doc=f"news/{year}.txt")
        hostile_document(store)
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_web_store(tmp_path_factory.mktemp("web") / "web.duckdb")


class FakeExtractor:
    """Stands in for the model in API tests: one sentence, one event on "signed"."""

    def process(self, documents: list[Document]) -> Iterator[object]:
        from entente.api import Extracted

        for document in documents:
            text = document.text
            sentence = SentenceRef(0, 0, len(text), text)
            found = []
            if "signed" in text:
                at = text.index("signed")
                found.append(Event(doc_id=document.id, sentence=sentence, evidence=TextSpan(at, at + 6, "signed"),
                                   source=Actor("RUS", "RUS", None, None, "", -1, -1), target=None, event="AGREE",
                                   mode=None, context=[], cameo="057", quad_class=1, goldstein=8.0, date=None,
                                   quantity=None, modality="asserted", attribution=None, confidence=0.5))
            yield Extracted(document, [sentence], found)


@pytest.fixture(scope="session")
def app(web_db: Path):  # type: ignore[no-untyped-def]
    from entente.web.app import create_app

    return create_app(web_db, extractor=FakeExtractor())  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def client(app):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


# -- a real server over a store the real model built -------------------------------------------------------
@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:  # type: ignore[no-untyped-def]
    """The seed and a hostile text file, read and extracted as ``entente ingest`` does."""
    from entente.api import Extractor
    from entente.ingest.readers import read_paths
    from tests.conftest import SEED

    folder = tmp_path_factory.mktemp("seed")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE + "\n\nPresident Putin visited Pyongyang in June 2024 and the two states signed a "
                       "comprehensive strategic partnership treaty.\n", encoding="utf-8")
    documents = [d for d in read_paths([str(SEED), str(hostile)]) if isinstance(d, Document)]
    assert len(documents) == 2
    path = folder / "seed.duckdb"
    with Store(path) as store:
        extracted = list(Extractor(nlp).process(documents))
        store.write_batch([(x.document, x.sentences, x.events) for x in extracted])
        store.cluster()
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server(seed_db: Path) -> Iterator[str]:
    """uvicorn serving ``seed_db`` on 127.0.0.1 and a free port, in a thread of this process."""
    import uvicorn

    from entente.web.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(seed_db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
