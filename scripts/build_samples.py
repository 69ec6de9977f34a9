"""Write samples/corpus.jsonl: every sample text (samples/corpus/*.txt) with its metadata.

The texts stay as plain files (the gold offsets in samples/gold point into them); their
publication dates and outlets live in samples/gold. This JSONL carries both, so the route a
user reads in the README, ``marsad ingest samples/corpus.jsonl --db demo/marsad.db --passage``,
gives dates and outlets. A test checks the file matches what this script writes; re-run it after
editing a sample:

    .venv/bin/python scripts/build_samples.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = SAMPLES / "corpus.jsonl"


def records() -> list[dict]:
    meta = json.loads((SAMPLES / "gold" / "events_meta.json").read_text(encoding="utf-8"))["docs"]
    published: dict[str, str] = {}
    for line in (SAMPLES / "gold" / "dates.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            published.setdefault(g["doc"], g["published"])
    out = []
    for path in sorted((SAMPLES / "corpus").glob("*.txt")):
        m = meta.get(path.stem, {})
        out.append({"id": path.stem, "published": m.get("published") or published.get(path.stem),
                    "outlet": m.get("outlet"), "url": m.get("url"), "text": path.read_text(encoding="utf-8")})
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(records())} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
