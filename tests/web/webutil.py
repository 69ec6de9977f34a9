"""Constants and helpers shared by the web tests (imported as a plain module)."""
from __future__ import annotations

import re
import socket
from pathlib import Path

TOKEN = "test-token-0123"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# Our own sentences (not from any outlet): a hostile title, and spellings for the folding tests.
HOSTILE_TITLE = "<script>alert('x')</script> عنوان <b>خبيث</b>"
OWN_DOCS = [
    {"id": "w-hostile", "title": HOSTILE_TITLE, "published": "2024-12-20", "outlet": "مرصد الاختبار",
     "text": "قالت مصادر محلية إنّ عشرةً من عناصر الشرطة انشقوا في مدينة إعزاز يوم الأحد.\n\n"
             "وأضافت المصادر أن المنشقين وصلوا إلى مناطق المعارضة <img src=x onerror=alert(1)>."},
    {"id": "w-army", "title": "خبر للاختبار", "published": "2024-12-21", "outlet": "مرصد الاختبار",
     "text": "وذكر بيان أن والجيشَ انسحب من قرية الهبيط بعد اشتباكات استمرت يومين."},
]


def build_db(location, workdir: Path | None = None):
    """The bundled sample corpus and OWN_DOCS ingested into ``location`` (a SQLite path or a
    PostgreSQL URL)."""
    from marsad.commands.ingest import ingest
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    from marsad.store import open_store
    from marsad.store.samples import write_jsonl

    src = write_jsonl((workdir or Path(location).parent) / "corpus.jsonl")
    ingest([str(src)], str(location), passage=True)
    pipe = Pipeline()
    with open_store(str(location)) as st:
        for r in OWN_DOCS:
            d = Document(r["text"], id=r["id"], title=r["title"], published=r["published"], outlet=r["outlet"])
            pipe(d)
            st.add_document(d)
    return location


def rows(location, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain SQL on either database, for tests that check the pages against the tables."""
    from marsad.store import open_store

    with open_store(str(location), readonly=True) as st:
        return [tuple(r.values()) for r in st.query(sql, params)]


def one(location, sql: str, params: tuple = ()):
    return rows(location, sql, params)[0][0]


def csrf_of(client, path: str = "/login") -> str:
    html = client.get(path).text
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert m, "no CSRF field on " + path
    return m.group(1)


def login(client, token: str = TOKEN):
    r = client.post("/login", data={"token": token, "next": "/", "csrf": csrf_of(client)}, follow_redirects=False)
    assert r.status_code == 303
    return r


def start_server(db, token: str = TOKEN):
    """`marsad serve` on ``db`` in a subprocess on a free loopback port, once it answers:
    (process, base URL)."""
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port),
                             "--token", token], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/api/overview", timeout=2)
            return proc, url
        except Exception:  # noqa: BLE001 - not up yet
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError("marsad serve did not start: " + proc.stderr.read().decode(errors="replace"))
            time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


