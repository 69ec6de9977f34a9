"""``marsad show FILE``: one analysed page, readable."""
from __future__ import annotations

import json

from marsad.cli import main

TEXT = ("قال المرصد السوري لحقوق الإنسان إن 15 مدنياً قتلوا في قصف على مدينة معرة النعمان أمس الأربعاء، "
        "فيما انشق 30 جندياً عن قوات النظام بالريف الغربي لدرعا.")


def test_show_marks_spans_and_tables_every_layer(tmp_path, capsys):
    p = tmp_path / "page.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert main(["show", "--published", "2024-12-05", str(p)]) == 0
    out = capsys.readouterr().out
    assert "معرة النعمان" in out and "2024-12-04" in out  # the place, and أمس resolved
    for title in ("quantities (", "dates (", "places (", "entities (", "events ("):
        assert title in out
    assert "Maarrat" in out and "15" in out and "30" in out


def test_show_escapes_markup_and_control_characters(tmp_path, capsys):
    p = tmp_path / "page.jsonl"
    p.write_text(json.dumps({"id": "x", "text": TEXT, "outlet": "[/][link=http://evil]\x1b[2Jمرصد"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["show", str(p)]) == 0
    out = capsys.readouterr().out
    assert "[/][link=http://evil]\\x1b[2Jمرصد" in out and "\x1b[2J" not in out


def test_show_picks_one_document_and_says_when_there_is_none(tmp_path, capsys):
    p = tmp_path / "two.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                           for i, t in (("a", TEXT), ("b", "انشق 7 عناصر في درعا اليوم."))) + "\n", encoding="utf-8")
    assert main(["show", "--doc", "2", "--no-text", str(p)]) == 0
    out = capsys.readouterr().out
    assert "\nb " in out or " b\n" in out or "b" in out.split("id", 1)[1].split("\n", 1)[0]
    assert main(["show", "--doc", "3", str(p)]) == 2
    err = capsys.readouterr().err
    assert "no document 3" in err and "holds 2" in err
