#!/usr/bin/env python3
"""Build marsad's compact place gazetteer from ../shared/data/gazetteer plus our world file.

Writes src/marsad/data/gazetteer/places.json: one record per place (Syrian governorates,
districts, sub-districts and OCHA communities; foreign countries, cities and regions) with every
Arabic name variant we match on. Governorate names follow the spelling users expect
("Rural Damascus", "Lattakia"); the source spelling stays in ``aliases_en``.

    python scripts/build_gazetteer.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "marsad" / "data" / "gazetteer"

# Source governorate spellings -> the names marsad reports (the source's stays an alias).
ADMIN1_EN = {"Rif Dimashq": "Rural Damascus", "Latakia": "Lattakia"}
# Genuine alternative transliterations users write (checked against the Arabic name).
EXTRA_EN = {"C5997": ["Al-Naima", "Naimeh", "Al-Neimeh"], "C5999": ["Nassib", "Naseeb"],
            "C6047": ["Al-Karak Al-Sharqi"], "C3480": ["Latakia", "Al-Ladhiqiyah"]}
# Arabic spellings the news uses that the lists lack (checked against the English name and position).
EXTRA_AR = {"C4446": ["الشدادي"], "C1946": ["كوباني"], "C2499": ["المعضمية"], "C5184": ["الباغوز"],
            "C1482": ["شنكال"], "C3751": ["كبانة"], "C1144": ["عينجارة"], "C1683": ["عرب حسن"],
            "SY020601": ["الشيوخ"],
            # Kurdish names of northern towns (Kurdish outlets and the SDF write them in Arabic script)
            "C4988": ["سري كانيه", "سري كانييه", "سرى كانيه", "سري كاني"], "C5792": ["كري سبي", "كرى سبي", "گري سبي"],
            "C4751": ["تربه سبيه", "تربة سبيه", "تربسبيه", "تربه سبي"], "C4969": ["تل كوجر"], "C4841": ["كركي لكي"],
            "C4881": ["ديرك"], "SY0803": ["ديريك", "ديرك"], "SY0804": ["سري كانيه"], "SY1102": ["كري سبي"],
            "SY0802": ["قامشلو"],  # (the districts too: «ريف ديرك», «ريف سري كانيه» are their countryside)
            "C1426": ["جندريسه", "جنديرسه"], "C1552": ["موباتا"], "C1377": ["برج عبدالو", "برج عبد الو"],
            # the news's fuller or article-taking names; OCHA's "الغارية الغريبة" is a typo of "الغربية"
            "C3300": ["عقارب الصافية", "عقارب الصافي"], "C6010": ["الغارية الغربية"], "C3962": ["الدير الشرقي"],
            # the village pair "تل علو الأولى/الثانية" named as one
            "C4943": ["تل علو"]}
LEVEL_RANK = {"governorate": 1, "district": 2, "subdistrict": 3, "locality": 4}
_LEVEL = {"1": "governorate", "2": "district", "3": "subdistrict"}
# Formal prefixes in admin names: "مركز حلب", "ناحية مركز الباب", "منطقة الحسكة".
_ADMIN_PREFIX = re.compile(r"^(?:محافظة|منطقة|ناحية|مركز|مدينة|بلدة|قرية)\s+")


def _split(s: str) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def _arabic(s: str) -> bool:
    return bool(re.search(r"[\u0621-\u064a]", s)) and not re.search(r"[a-zA-Zە]", s)


def _variants_ar(names: list[str], disambiguators: frozenset[str] = frozenset()) -> list[str]:
    """Every Arabic spelling to match. "الربوة / حربوق" and "المنصورة_الزوية" name one place
    twice; in "دير حنا / اللاذقية" the governorate after the slash only disambiguates."""
    out: list[str] = []
    for n in names:
        parts = [" ".join(p.split()) for p in re.split(r"[/_]|\s-\s?|\s?-\s", n) if p.strip(" -/")]
        parts = [p for p in parts if p not in disambiguators] or parts[:1]
        for cand in parts:
            base = cand
            while True:
                stripped = _ADMIN_PREFIX.sub("", base)
                if stripped == base:
                    break
                base = stripped
            # "محافظة درعا" is a cue plus a name: only the name is a name
            for v in (base,):
                if v and _arabic(v) and v not in out:
                    out.append(v)
    return out


# Compound heads written glued or apart ("كفر زيتا" / "كفرزيتا", OCHA's "معرتحرمة" / "معرة حرمة").
# Upper/lower halves of one village: the news often names the village without them.
_UPPER_LOWER = frozenset({"تحتا", "فوقا", "تحتاني", "فوقاني", "التحتا", "الفوقا", "التحتاني", "الفوقاني"})
# Heads of compounds whose second word the news writes with or without the article.
_ART_HEADS = frozenset({"تل", "عين", "خربة", "جسر", "رأس", "بير", "بئر"})


def _plain(w: str) -> str:
    return w.translate(str.maketrans("أإآ", "ااا"))


def _unit_words(recs: list[dict]) -> dict[str, set[str]]:
    """English name of each district/sub-district -> the words of its Arabic names, article-less:
    OCHA appends them to tell namesakes apart ("تل شعير اعزاز", "تل شعير سمعان")."""
    out: dict[str, set[str]] = {}
    for r in recs:
        if r["level"] in ("district", "subdistrict"):
            for n in r["names_ar"]:
                out.setdefault(r["name_en"], set()).update(
                    _plain(w[2:] if w.startswith("ال") else w) for w in n.split() if len(w) > 2)
    return out


def _spellings(names: list[str], unit_words: set[str]) -> list[str]:
    """The spellings news uses besides the list's: compounds glued or apart, and the name without
    the district word OCHA adds to tell namesakes apart (kept only when two words remain)."""
    out = list(names)
    for n in names:
        words = n.split()
        if len(words) >= 3 and _plain(words[-1][2:] if words[-1].startswith("ال") else words[-1]) in unit_words:
            out.append(" ".join(words[:-1]))
    for n in list(out):
        words = n.split()
        if len(words) == 1 and not n.startswith("ال"):
            # OCHA glues a compound's article to its head ("بصرالحرير"): the news writes it apart
            k = n.find("ال", 3)
            if k > 0 and len(n) - k - 2 >= 3:
                out.append(n[:k] + " " + n[k:])
        if len(words) == 2 and words[0] in _ART_HEADS:
            # "تل ملح" / "تل الملح", "عين العرب" / "عين عرب": the second word with and without its article
            second = words[1]
            out.append(words[0] + " " + (second[2:] if second.startswith("ال") and len(second) > 4 else "ال" + second))
        if len(words) == 2 and (words[0] in ("كفر", "دير", "معرة", "معر")):  # "معر شمشه" / "معرشمشة"
            out.append(words[0] + words[1])
        if len(words) >= 2 and words[-1] in _UPPER_LOWER and len("".join(words[:-1])) >= 4:
            out.append(" ".join(words[:-1]))  # "العمقية تحتا": the news names the village "العمقية"
        if n.endswith("اء") and len(n.replace(" ", "")) >= 5:
            out.append(n[:-1])  # "الحمراء" is often written "الحمرا"
        elif len(words) == 1:
            for head in ("كفر", "دير", "معرت"):
                if n.startswith(head) and len(n) - len(head) >= 3 and not n[len(head):].startswith("ال"):
                    out.append(("معرة" if head == "معرت" else head) + " " + n[len(head):])
    seen: list[str] = []
    for n in out:
        if n not in seen:
            seen.append(n)
    return seen


def _gov(en: str) -> str:
    return ADMIN1_EN.get(en, en)


def build(shared: Path) -> list[dict]:
    gz = shared / "data" / "gazetteer"
    recs: list[dict] = []
    with open(gz / "syria_admin1-3_opensyria.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            level = _LEVEL[r["admin_level"]]
            gov = _gov(r["governorate_en"])
            aliases_en = _split(r["aliases_en"])
            if gov != r["governorate_en"] and level == "governorate":
                aliases_en.append(r["governorate_en"])
            recs.append({
                "id": r["ocha_pcode"] or r["id"], "level": level, "country": "Syria",
                "name_ar": _ADMIN_PREFIX.sub("", r["name_ar"]) or r["name_ar"],
                "names_ar": _variants_ar([r["name_ar"]] + _split(r["aliases_ar"])
                                         + EXTRA_AR.get(r["ocha_pcode"] or r["id"], [])),
                "name_en": gov if level == "governorate" else r["name_en"], "aliases_en": aliases_en,
                "admin1_en": gov, "admin2_en": r["district_en"] if level != "governorate" else None,
                "admin3_en": r["name_en"] if level == "subdistrict" else None,
                "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
                "known": True,
            })
    admin_names = frozenset(n for r in recs if r["level"] in ("governorate", "district") for n in r["names_ar"])
    unit_words = _unit_words(recs)
    with open(gz / "syria_localities.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            aliases_en = _split(r["aliases_en"]) + EXTRA_EN.get(r["id"], [])
            names = _variants_ar([r["name_ar"]] + _split(r["aliases_ar"]) + EXTRA_AR.get(r["id"], []), admin_names)
            own_units = unit_words.get(r["admin2_en"], set()) | unit_words.get(r["admin3_en"], set())
            recs.append({
                "id": r["id"], "level": "locality", "country": "Syria",
                "name_ar": " ".join(r["name_ar"].replace("_", " - ").split()),
                "names_ar": _spellings(names, own_units),
                "name_en": r["name_en"], "aliases_en": aliases_en,
                "admin1_en": _gov(r["admin1_en"]), "admin2_en": r["admin2_en"] or None,
                "admin3_en": r["admin3_en"] or None,
                "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
                # GeoNames lists it among places of 500+ people, or the news spelling added above
                # shows the news names it: a town a reader would know
                "known": "geonames" in r["source"] or r["id"] in EXTRA_AR,
            })
    # our hand-written quarters and villages first: a Syrian Archive point of the same name and
    # governorate (a village it lists as a quarter) then gives way to them
    with open(OUT_DIR / "syria_extra.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, level, en, ar, admin1, admin2, admin3, lat, lon = line.rstrip("\n").split("\t")
            recs.append({
                "id": pid, "level": level, "country": "Syria", "name_ar": _split(ar)[0], "names_ar": _split(ar),
                "name_en": en, "aliases_en": [], "admin1_en": admin1, "admin2_en": admin2, "admin3_en": admin3,
                "lat": float(lat), "lon": float(lon), "known": level == "locality",
            })
    recs += neighbourhoods(gz, recs)
    with open(OUT_DIR / "syria_regions.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, en, ar, aliases, admin1, lat, lon = line.rstrip("\n").split("\t")
            recs.append({
                "id": pid, "level": "region", "country": "Syria", "name_ar": _split(ar)[0], "names_ar": _split(ar),
                "name_en": en, "aliases_en": _split(aliases), "admin1_en": None if admin1 == "-" else admin1,
                "admin2_en": None,
                "admin3_en": None, "lat": float(lat), "lon": float(lon), "known": True,
            })
    recs += facilities(recs)
    with open(OUT_DIR / "world.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, level, en, ar, aliases, country, lat, lon = line.rstrip("\n").split("\t")
            level, _, kind = level.partition(":")  # "region:governorate": a foreign province
            recs.append({
                "id": pid, "level": level, "country": country if country != "-" else None,
                "name_ar": _split(ar)[0], "names_ar": _split(ar), "name_en": en, "aliases_en": _split(aliases),
                "admin1_en": None, "admin2_en": None, "admin3_en": None,
                "lat": float(lat), "lon": float(lon), "known": True, **({"kind": kind} if kind else {}),
            })
    iso3 = _iso3()
    for r in recs:
        r["iso3"] = iso3.get(r["country"]) if r["country"] else None
        r.setdefault("kind", KIND.get(r["level"], r["level"]))
    return recs


# Contract kinds: foreign cities are localities; facility, camp and border crossing stay as given.
KIND = {"city": "locality"}


def _iso3() -> dict[str, str]:
    out = {}
    with open(OUT_DIR / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, _, code = line.rstrip("\n").split("\t")
                out[name] = code
    return out


def facilities(recs: list[dict]) -> list[dict]:
    """facilities.tsv: airports, bases, prisons, crossings and camps. A facility placed by its
    ``anchor`` (an OCHA community of the same governorate) takes that community's coordinates and
    admin names; one placed by lat/lon takes the district of the nearest community."""
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.arabic.normalize import fold_str

    locs = [r for r in recs if r["level"] == "locality"]
    out: list[dict] = []
    with open(OUT_DIR / "facilities.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, kind, en, ar, country, admin1, anchor, lat, lon = line.rstrip("\n").split("\t")
            rec = {"id": pid, "level": kind, "country": country, "name_ar": _split(ar)[0], "names_ar": _split(ar),
                   "name_en": en, "aliases_en": [], "admin1_en": None if admin1 == "-" else admin1,
                   "admin2_en": None, "admin3_en": None, "lat": None, "lon": None, "known": True}
            if anchor != "-":
                key = fold_str(anchor)
                at = [r for r in locs if r["admin1_en"] == admin1 and key in {fold_str(n) for n in r["names_ar"]}]
                if not at:
                    raise SystemExit(f"build_gazetteer: facility {pid}: no community {anchor} in {admin1}")
                a = at[0]
                rec.update(lat=a["lat"], lon=a["lon"], admin2_en=a["admin2_en"], admin3_en=a["admin3_en"])
            else:
                rec.update(lat=float(lat), lon=float(lon))
                if country == "Syria":
                    near = min((r for r in locs if r["admin1_en"] == admin1),
                               key=lambda r: (r["lat"] - rec["lat"]) ** 2 + (r["lon"] - rec["lon"]) ** 2)
                    rec.update(admin2_en=near["admin2_en"], admin3_en=near["admin3_en"])
            out.append(rec)
    return out


def neighbourhoods(gz: Path, recs: list[dict]) -> list[dict]:
    """Syrian Archive's own points (city quarters, roundabouts, checkpoints: "مدينة حلب : حي
    قارلق"), placed under the admin unit of their pcode. Names already known as communities of
    the same governorate are skipped."""
    path = gz / "syrianarchive_locations.json"
    if not path.exists():
        return []
    by_pcode = {r["id"]: r for r in recs if r["level"] in ("district", "subdistrict", "governorate")}
    seen = {(n, r["admin1_en"]) for r in recs for n in r["names_ar"]}
    out: list[dict] = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if str(r.get("sa_loc_only")).upper() != "TRUE":
            continue
        ar = re.sub(r"\(\(\(\d+\)\)\)", "", r["search_name_ar_short"]).strip()
        en = re.sub(r"---.*$", "", r["search_name_en"]).strip()
        if ":" not in ar:
            continue
        name = " ".join(ar.split(":", 1)[1].split())
        key = re.sub(r"^(?:حي)\s+", "", name)
        while _ADMIN_PREFIX.match(key):
            key = _ADMIN_PREFIX.sub("", key)
        unit = by_pcode.get(r["closest_geonames_post_code"])
        if unit is None or len(key.replace(" ", "")) < 3 or not _arabic(key) or (key, unit["admin1_en"]) in seen \
                or not r.get("lat") or not r.get("lon"):
            continue
        seen.add((key, unit["admin1_en"]))
        out.append({
            "id": f"SA{r['id']}", "level": "neighbourhood", "country": "Syria", "name_ar": name, "names_ar": [key],
            "name_en": en.split(":", 1)[1].strip() if ":" in en else en, "aliases_en": [],
            "admin1_en": unit["admin1_en"], "admin2_en": unit["admin2_en"], "admin3_en": unit["admin3_en"],
            "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5), "known": False,
        })
    return out


def anercorp_tokens(path: Path):
    """(folded word, outside any entity) for each token line of an ANERcorp file: the word lists built from it
    (this stoplist, build_variant_stops) count a word as a name or as an ordinary word by where ANERcorp uses it."""
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.arabic.normalize import fold_str

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                yield fold_str(parts[0]), parts[1] == "O"


def auto_stoplist(shared: Path, recs: list[dict]) -> list[str]:
    """Gazetteer names ANERcorp uses mostly as ordinary words (seen twice or more, four times
    as often outside entities as inside): "عليه", "جديدة", "الدور" are villages too.
    Governorate, district and sub-district names are never stoplisted."""
    from collections import Counter

    sys.path.insert(0, str(ROOT / "src"))
    from marsad.arabic.normalize import fold_str

    admin = {fold_str(n) for r in recs if r["level"] in LEVEL_RANK and r["level"] != "locality"
             for n in r["names_ar"]}
    names = {fold_str(n) for r in recs for n in r["names_ar"]} - admin
    plain: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    path = shared / "data" / "anercorp" / "ANERcorp_camelrules_train.txt"
    if not path.exists():
        return []
    for w, outside in anercorp_tokens(path):
        if w in names:
            (plain if outside else inside)[w] += 1
    return sorted(w for w, n in plain.items() if n >= 2 and n >= 4 * inside[w])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="path of ../shared")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: the package's gazetteer)")
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "gazetteer").is_dir():
        print(f"build_gazetteer: {args.shared}/data/gazetteer not found", file=sys.stderr)
        return 2
    recs = build(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "places.json"
    with open(out, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in recs) + "\n]\n")
    stop = auto_stoplist(args.shared, recs)
    (args.out / "stoplist_auto.txt").write_text(
        "# Generated by scripts/build_gazetteer.py from ANERcorp: village names used mostly as words.\n"
        + "\n".join(stop) + "\n", encoding="utf-8")
    by_level: dict[str, int] = {}
    for r in recs:
        by_level[r["level"]] = by_level.get(r["level"], 0) + 1
    print(f"wrote {out}: {len(recs)} places {by_level}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
