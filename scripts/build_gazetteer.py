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
                "names_ar": _variants_ar([r["name_ar"]] + _split(r["aliases_ar"])),
                "name_en": gov if level == "governorate" else r["name_en"], "aliases_en": aliases_en,
                "admin1_en": gov, "admin2_en": r["district_en"] if level != "governorate" else None,
                "admin3_en": r["name_en"] if level == "subdistrict" else None,
                "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
                "known": True,
            })
    admin_names = frozenset(n for r in recs if r["level"] in ("governorate", "district") for n in r["names_ar"])
    with open(gz / "syria_localities.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            aliases_en = _split(r["aliases_en"]) + EXTRA_EN.get(r["id"], [])
            recs.append({
                "id": r["id"], "level": "locality", "country": "Syria",
                "name_ar": " ".join(r["name_ar"].replace("_", " - ").split()),
                "names_ar": _variants_ar([r["name_ar"]] + _split(r["aliases_ar"]), admin_names),
                "name_en": r["name_en"], "aliases_en": aliases_en,
                "admin1_en": _gov(r["admin1_en"]), "admin2_en": r["admin2_en"] or None,
                "admin3_en": r["admin3_en"] or None,
                "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
                # GeoNames lists it among places of 500+ people: a town a reader would know
                "known": "geonames" in r["source"],
            })
    recs += neighbourhoods(gz, recs)
    with open(OUT_DIR / "syria_regions.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, en, ar, aliases, admin1, lat, lon = line.rstrip("\n").split("\t")
            recs.append({
                "id": pid, "level": "region", "country": "Syria", "name_ar": _split(ar)[0], "names_ar": _split(ar),
                "name_en": en, "aliases_en": _split(aliases), "admin1_en": admin1, "admin2_en": None,
                "admin3_en": None, "lat": float(lat), "lon": float(lon), "known": True,
            })
    with open(OUT_DIR / "world.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pid, level, en, ar, aliases, country, lat, lon = line.rstrip("\n").split("\t")
            recs.append({
                "id": pid, "level": level, "country": country if country != "-" else None,
                "name_ar": _split(ar)[0], "names_ar": _split(ar), "name_en": en, "aliases_en": _split(aliases),
                "admin1_en": None, "admin2_en": None, "admin3_en": None,
                "lat": float(lat), "lon": float(lon), "known": True,
            })
    return recs


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
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2:
                continue
            w = fold_str(parts[0])
            if w in names:
                (plain if parts[1] == "O" else inside)[w] += 1
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
