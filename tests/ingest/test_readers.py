"""Bad input gives a one-line problem naming the file (and line); the other documents are still read."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from entente.ingest.readers import MAX_DOCUMENT_BYTES, Document, ReadProblem, read_paths

ENGLISH = "Japan and South Korea held talks in Tokyo on Monday about trade and security in the region."


def split(items):
    docs = [i for i in items if isinstance(i, Document)]
    problems = [str(i) for i in items if isinstance(i, ReadProblem)]
    return docs, problems


def test_text_file_is_kept_exactly(tmp_path):
    path = tmp_path / "a.txt"
    text = "  " + ENGLISH + "\n\nSecond paragraph with the word of the day.\n"
    path.write_text(text, encoding="utf-8")
    docs, problems = split(list(read_paths([str(path)])))
    assert problems == []
    assert docs[0].text == text and docs[0].id == str(path)


def test_published_option_applies_to_documents_without_a_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    docs, _ = split(list(read_paths([str(path)], dt.date(2024, 12, 5))))
    assert docs[0].published == dt.date(2024, 12, 5)


@pytest.mark.parametrize("content,expected", [
    (b"", "empty document"),
    (b"   \n\n", "empty document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Japan et la Corée".encode("latin-1") + b" ont sign\xe9 un accord.", "not UTF-8"),
    ("La France et l'Allemagne ont signé hier un nouvel accord de coopération militaire à Paris, "
     "selon le ministère des Armées, qui a précisé que les deux pays allaient renforcer leurs échanges "
     "dans le domaine de la défense aérienne.".encode(), "does not look like English"),
])
def test_bad_file_gives_one_line_problem_and_others_still_read(tmp_path, content, expected):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    docs, problems = split(list(read_paths([str(bad), str(good)])))
    assert [d.id for d in docs] == [str(good)]
    assert len(problems) == 1 and expected in problems[0] and str(bad) in problems[0]
    assert "\n" not in problems[0]


def test_oversized_file_is_refused_not_truncated(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as handle:
        line = ENGLISH + "\n"
        handle.write(line * (50 * 2**20 // len(line) + 1))
    assert big.stat().st_size > MAX_DOCUMENT_BYTES
    docs, problems = split(list(read_paths([str(big)])))
    assert docs == [] and "MiB" in problems[0] and str(big) in problems[0]


def test_jsonl_malformed_line_names_file_and_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "a", "text": ENGLISH, "published": "2024-05-01"}), "{not json",
             json.dumps({"id": "c", "title": "no text"}), json.dumps({"id": "d", "text": ENGLISH})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = split(list(read_paths([str(path)])))
    assert [d.id for d in docs] == ["a", "d"]
    assert docs[0].published == dt.date(2024, 5, 1)
    assert problems[0].startswith(f"{path}:2: malformed JSON")
    assert problems[1].startswith(f"{path}:3: ")


def test_directory_is_read_recursively_and_empty_directory_is_a_problem(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    docs, problems = split(list(read_paths([str(tmp_path)])))
    assert sorted(d.id for d in docs) == sorted([str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")])
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.png").write_bytes(b"\x89PNG\x00")
    docs, problems = split(list(read_paths([str(empty)])))
    assert docs == [] and "no readable documents" in problems[0]


def test_missing_path(tmp_path):
    docs, problems = split(list(read_paths([str(tmp_path / "nope.txt")])))
    assert docs == [] and problems == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_html_main_text_without_boilerplate(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join([ENGLISH] * 4)
    page.write_text(f"""<!doctype html><html><head><title>Talks</title>
        <meta property="article:published_time" content="2024-03-02"></head>
        <body><nav>Home | World | Sport | Subscribe now</nav><article><h1>Talks in Tokyo</h1>
        <p>{body}</p><p>{body}</p></article><footer>Copyright 2024 Example News. All rights reserved.</footer>
        </body></html>""", encoding="utf-8")
    docs, problems = split(list(read_paths([str(page)])))
    assert problems == []
    assert "held talks in Tokyo" in docs[0].text
    assert "Subscribe" not in docs[0].text and "Copyright" not in docs[0].text
