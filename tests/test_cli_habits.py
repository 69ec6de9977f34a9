"""Habits of users: one date parser, a language check, -v/-q and documented environment variables."""
from __future__ import annotations

import json

import pytest

from marsad.cli import main
from marsad.dateinput import DateError, parse_field, parse_iso

AR = ("انشق ضابط برتبة ملازم أول وسبعة عناصر عن قوات النظام بالريف الغربي لدرعا فجر اليوم، "
      "ووصلوا إلى بلدة طفس بعد ثلاث ساعات من السير.")
EN = ("Regime forces shelled the town of Sarmin in the southern Idlib countryside on Monday, killing five "
      "civilians, local sources said, while thirty soldiers defected in Daraa.")
FA = ("دیروز نیروهای دولتی به شهر حمله کردند و چند نفر کشته شدند. این حمله در نزدیکی مرز ترکیه رخ داد و "
      "ساکنان منطقه مجبور به ترک خانه‌های خود شدند.")


@pytest.mark.parametrize("value,iso,grain", [("2024", "2024", "year"), ("2019-05", "2019-05", "month"),
                                             ("2024-12-04", "2024-12-04", "day")])
def test_options_take_iso_at_any_grain(value, iso, grain):
    p = parse_iso(value)
    assert (p.value, p.grain, p.note) == (iso, grain, None)


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2024-02-30", "2024-13", "24-12-04", "2024/12/04",
                                   "", "yesterday"])
def test_options_refuse_bad_dates(value):
    with pytest.raises(DateError):
        parse_iso(value)


@pytest.mark.parametrize("value,iso,note", [
    ("2024-12-04T10:20:00Z", "2024-12-04", None), ("2024-12-04 10:20", "2024-12-04", None),
    ("2024/12/04", "2024-12-04", None), ("25/12/2024", "2024-12-25", None),
    ("04/12/2024", "2024-12-04", "ambiguous"), ("12/25/2024", "2024-12-25", "month-first"),
    ("05/05/2024", "2024-05-05", None), ("Dec 4, 2024", "2024-12-04", None), ("4 December 2024", "2024-12-04", None),
])
def test_fields_read_common_forms_and_say_when_they_guess(value, iso, note):
    p = parse_field(value)
    assert p.value == iso
    assert (p.note is None) if note is None else (note in p.note)


def test_since_and_until_use_the_same_parser(tmp_path, capsys):
    db = tmp_path / "m.db"
    assert main(["ingest", "-q", "--db", str(db), "--passage", "--published", "2024-03-05",
                 str(_write(tmp_path, "a.txt", AR))]) == 0
    for bad in ("2024-13", "9999-12-31"):
        with pytest.raises(SystemExit):
            main(["events", "--db", str(db), "--since", bad])
        assert "--since" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["ingest", "--db", str(db), "--published", "2019-05", "x"])
    assert "give a day" in capsys.readouterr().err


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_language_check_skips_non_arabic_with_a_warning(tmp_path, capsys):
    files = [_write(tmp_path, n, t) for n, t in (("en.txt", EN), ("fa.txt", FA), ("ar.txt", AR),
                                                 ("moji.txt", AR.encode("utf-8").decode("latin-1") * 2))]
    code = main(["extract", "--format", "jsonl", *map(str, files)])
    out, err = capsys.readouterr()
    assert code == 0
    assert [json.loads(x)["text"] for x in out.splitlines()] == [AR]
    assert "en.txt: not Arabic (detected 'en'" in err and "fa.txt: not Arabic (detected 'fa'" in err
    assert "moji.txt: not Arabic: looks like Arabic decoded with the wrong encoding" in err
    assert main(["extract", "-q", "--any-language", "--format", "jsonl", *map(str, files)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_short_texts_are_not_judged(tmp_path, capsys):
    assert main(["extract", "--format", "jsonl", str(_write(tmp_path, "t.txt", "Idlib: 5"))]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_ingest_counts_pages_skipped_for_language(tmp_path, capsys):
    db = tmp_path / "m.db"
    assert main(["ingest", "--quiet", "--db", str(db), str(_write(tmp_path, "en.txt", EN)),
                 str(_write(tmp_path, "ar.txt", AR))]) == 0
    assert "1 stored, 0 already in" in capsys.readouterr().err
    main(["ingest", "--db", str(db), str(_write(tmp_path, "en2.txt", EN + " More."))])
    assert "1 not Arabic (skipped)" in capsys.readouterr().err


def test_verbose_and_quiet(tmp_path, capsys):
    p = _write(tmp_path, "x.jsonl", json.dumps({"id": "x", "text": AR, "outlet": {"a": 1}}, ensure_ascii=False))
    assert main(["extract", "-v", "--format", "jsonl", str(p)]) == 0
    err = capsys.readouterr().err
    assert "x.jsonl:1: 'outlet' is a JSON object" in err and "x.jsonl:1: " in err and " quantities" in err
    assert main(["extract", "-q", "--format", "jsonl", str(p)]) == 0
    assert capsys.readouterr().err == ""


def test_help_documents_the_environment(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for var in ("MARSAD_DEBUG", "MARSAD_MAX_DOC_BYTES", "MARSAD_SHARED", "MARSAD_TOKEN", "MARSAD_NER_NEURAL"):
        assert var in out


def test_jsonl_published_values_are_warned_once_per_record(tmp_path, capsys):
    lines = [json.dumps({"id": str(i), "text": AR, "published": v}, ensure_ascii=False)
             for i, v in enumerate(["04/12/2024", "2024-05", "not a date", "2024-12-04T08:00:00+03:00"], 1)]
    p = _write(tmp_path, "pub.jsonl", "\n".join(lines) + "\n")
    assert main(["extract", "--format", "jsonl", str(p)]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(x)["published"] for x in out.splitlines()] == ["2024-12-04", None, None, "2024-12-04"]
    assert len([x for x in err.splitlines() if "pub.jsonl:1:" in x and "ambiguous" in x]) == 1
    assert len([x for x in err.splitlines() if "pub.jsonl:2:" in x and "is a month, not a day" in x]) == 1
    assert len([x for x in err.splitlines() if "pub.jsonl:3:" in x and "not a date" in x]) == 1
    assert not [x for x in err.splitlines() if "pub.jsonl:4:" in x]


def test_a_folder_stands_for_its_files_in_every_command(tmp_path, capsys):
    folder = tmp_path / "pages"
    (folder / "b_sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "z.txt").write_text(AR, encoding="utf-8")
    (folder / "b_sub" / "a.txt").write_text(AR.replace("درعا", "حماة"), encoding="utf-8")
    (folder / "a.jsonl").write_text(json.dumps({"id": "j1", "text": AR.replace("درعا", "إدلب")},
                                               ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / ".hidden" / "x.txt").write_text(AR, encoding="utf-8")
    (folder / ".notes.txt").write_text(AR, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["extract", "--format", "jsonl", str(folder), str(empty)]) == 2
    out, err = capsys.readouterr()
    # a folder's files sorted, then its folders; hidden ones left out; each file under its own name
    assert [r["source"] for r in map(json.loads, out.splitlines())] == [
        f"{folder}/a.jsonl:1", f"{folder}/z.txt", f"{folder}/b_sub/a.txt"]
    assert f"{empty}: is a directory with no files in it" in err
    db = tmp_path / "m.db"
    assert main(["ingest", "--db", str(db), str(folder)]) == 0
    assert "3 stored" in capsys.readouterr().err

    from marsad.cluster.partition import expand  # --workers reads the same files in the same order

    assert list(expand([str(folder)])) == [f"{folder}/a.jsonl", f"{folder}/z.txt", f"{folder}/b_sub/a.txt"]
