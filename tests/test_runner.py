"""The one runner: sources to Documents or per-document errors, then writers."""
from __future__ import annotations

import io
import json

from marsad.pipeline import Pipeline
from marsad.runner import JsonWriter, Runner, StoreWriter, count_documents
from marsad.store import open_store


def _inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("انشق 12 ضابطاً عن جيش النظام في درعا.", encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary")
    jl = tmp_path / "docs.jsonl"
    jl.write_text(json.dumps({"id": "a", "text": "قتل ثلاثة مدنيين في قصف على سرمين."}, ensure_ascii=False) + "\n"
                  + "{broken\n", encoding="utf-8")
    return [str(good), str(bad), str(jl)]


def test_run_writes_good_documents_and_reports_each_error(tmp_path):
    paths = _inputs(tmp_path)
    out, errors, seen = io.StringIO(), [], []
    stats = Runner(Pipeline(only=["quantities"]), passage=True).run(
        paths, [JsonWriter(out, "jsonl")], on_error=errors.append, progress=lambda src, ok: seen.append(ok))
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in recs][1] == "a"
    assert [q["surface"] for q in recs[0]["quantities"]] == ["12"]
    assert (stats.written, stats.errors, stats.skipped) == (2, 2, 0)
    assert len(errors) == 2 and errors[0].startswith(paths[1] + ": binary data")
    assert "docs.jsonl:2: invalid JSON" in errors[1]
    assert seen == [True, False, True, False]


def test_json_writer_makes_an_array(tmp_path):
    out = io.StringIO()
    Runner(Pipeline(only=["quantities"]), passage=True).run(_inputs(tmp_path)[:1], [JsonWriter(out, "json")])
    assert len(json.loads(out.getvalue())) == 1
    out = io.StringIO()
    Runner(Pipeline(only=["quantities"]), passage=True).run([], [JsonWriter(out, "json")])
    assert json.loads(out.getvalue()) == []


def test_store_writer_skips_texts_already_stored(tmp_path):
    paths = _inputs(tmp_path)
    db = str(tmp_path / "e.db")
    runner = Runner(passage=True)
    first = runner.run(paths, [StoreWriter(open_store(db))])
    again = runner.run(paths, [StoreWriter(open_store(db))])
    assert (first.written, first.skipped) == (2, 0)
    assert (again.written, again.skipped) == (0, 2)
    store = open_store(db)
    try:
        assert store.counts()["documents"] == 2
    finally:
        store.close()


def test_count_documents(tmp_path):
    paths = _inputs(tmp_path)
    assert count_documents(paths) == 4  # two files, two JSONL lines
    assert count_documents(paths + ["-"]) is None
    assert count_documents([str(tmp_path / "missing.txt")]) == 1


class _BatchStore:
    """A store with the batch API (add_documents, has_document): results per document."""

    def __init__(self):
        self.texts, self.units, self.closed = {}, [], False

    def has_document(self, text, outlet):
        return text in self.texts

    def add_documents(self, docs):
        self.units.append(len(docs))
        out = []
        for d in docs:
            if "فشل" in d.text:
                out.append(RuntimeError("disk full"))
            elif d.text in self.texts:
                out.append(None)
            else:
                self.texts[d.text] = len(self.texts) + 1
                out.append(self.texts[d.text])
        return out

    def close(self):
        self.closed = True


def test_store_writer_batches_after_analysis_and_reports_late_outcomes(tmp_path):
    texts = ["انشق 3 جنود في درعا", "انشق 3 جنود في درعا", "فشل الحفظ هنا", "قتل 4 مدنيين في إدلب"]
    paths = []
    for i, t in enumerate(texts):
        p = tmp_path / f"{i}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(str(p))
    store, errors = _BatchStore(), []
    stats = Runner(Pipeline(only=["quantities"]), passage=True).run(
        paths, [StoreWriter(store, batch=3)], on_error=errors.append)
    assert store.units == [3, 1] and store.closed
    assert (stats.written, stats.skipped, stats.errors) == (2, 1, 1)  # the duplicate was in the same batch
    assert errors == [f"{paths[2]}: could not store document (disk full)"]
    again = Runner(Pipeline(only=["quantities"]), passage=True).run(paths[:2], [StoreWriter(store)])
    assert (again.written, again.skipped) == (0, 2)  # known texts skipped before analysis


PAGE = """انشقاق ضباط في درعا
قال ناشطون إن ثلاثة ضباط انشقوا صباح أمس عن قوات النظام شرقي درعا، ووصلوا إلى مناطق سيطرة الفصائل بعد ساعات من المسير، وأكدوا أن عشرات العناصر ينتظرون فرصة مماثلة في المنطقة نفسها خلال الأيام المقبلة.
انشق الضباط أمس pic.twitter.com/AbCd12 — شبكة أخبار درعا (@daraa_news) March 3, 2024
وأضاف الناشطون أن الضباط الثلاثة من مرتبات الفرقة الخامسة، وأن قوات النظام شنت حملة دهم في البلدات المجاورة بحثا عن منشقين آخرين.
المصدر: عنب بلدي

اقرأ أيضاً
قصف مدفعي يطال بلدات جنوب إدلب
استهدفت مدفعية النظام الثقيلة مساء الأحد بلدتي كفرنبل وحاس جنوبي إدلب، فتضررت منازل للمدنيين ولم يصب أحد، وفق بيان للدفاع المدني السوري على معرفاته الرسمية.
"""


def test_ingest_keeps_the_whole_record_extract_prints(tmp_path):
    # issue 11: the database kept less than extract printed (related, embeds, published_source)
    from marsad.commands.ingest import ingest

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = io.StringIO()
    Runner(published="2024-03-04").run([str(page)], [JsonWriter(out, "jsonl")])
    printed = json.loads(out.getvalue())
    assert printed["related"] and printed["embeds"] and printed["published_source"] == "metadata"
    db = str(tmp_path / "e.db")
    assert ingest([str(page)], db, published="2024-03-04")["stored"] == 1
    store = open_store(db)
    try:
        stored = store.document(printed["id"])
    finally:
        store.close()
    for field in ("text", "title", "outlet", "published", "related", "related_headlines", "embeds",
                  "published_source"):
        assert stored[field] == printed[field], field
