"""Demo: named entities and places for the sample corpus (each file read as a passage)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Used only when samples/corpus/ is empty; our own writing.
FALLBACK = ("قال العميد أحمد الحسن، قائد غرفة عمليات الجنوب، إن قوات المعارضة سيطرت على بلدة نوى بريف "
            "درعا الغربي، فيما أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين في قرية الكرك الشرقي. "
            "وأعلنت وزارة الدفاع الروسية أن طائراتها استهدفت مواقع في ريف إدلب الجنوبي، بينما التقى وزير "
            "الخارجية التركي نظيره الإيراني في أنقرة.")


def _docs():
    from marsad.document import Document

    files = sorted((ROOT / "samples" / "corpus").glob("*.txt"))
    if not files:
        yield "(built-in passage: samples/corpus/ is empty)", Document(FALLBACK)
        return
    for f in files:
        yield f.name, Document(f.read_text(encoding="utf-8"))


def run(console) -> None:
    from rich.table import Table

    from marsad.extract.entities import EntityTagger
    from marsad.extract.places import PlaceResolver

    tagger, resolver = EntityTagger(), PlaceResolver()
    if tagger.model is None:
        console.print("[red]no NER model in the package: run 'make train-ner'[/red]")
        return
    for name, doc in _docs():
        tagger(doc)
        resolver(doc)
        ents = Table(title=f"{name}: entities", show_lines=False)
        for col in ("type", "surface", "start", "end"):
            ents.add_column(col)
        for e in doc["entities"]:
            ents.add_row(e["type"], e["surface"], str(e["start"]), str(e["end"]))
        console.print(ents)
        pl = Table(title=f"{name}: places")
        for col in ("surface", "id", "name_en", "governorate / country", "level", "cue", "lat, lon", "conf"):
            pl.add_column(col)
        for p in doc["places"]:
            where = p["admin1_en"] or p.get("country") or "?"
            ll = f"{p['lat']:.3f}, {p['lon']:.3f}" if p["lat"] is not None else "-"
            conf = f"{p['confidence']:.2f}" + (" ?" if p.get("candidates") else "")
            pl.add_row(p["surface"], p["id"] or "-", p["name_en"] or "(not in gazetteer)", where,
                       p.get("level") or "-", p.get("cue") or "", ll, conf)
        console.print(pl)
