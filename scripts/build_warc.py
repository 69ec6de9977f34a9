"""Build gzipped WARCs from our sample HTML pages (request, response and metadata records).

    python scripts/build_warc.py OUT.warc.gz [PAGE.html ...]
    python scripts/build_warc.py OUT_DIR --pages 20000 --files 8     # a crawl of many thousands
    python scripts/build_warc.py OUT.warc.gz --pages 2000 --crawl pooled   # the near-duplicate stress case

Without pages, all of samples/html/*.html go in. Each page gets a made-up URL on its site, a
request record, the response (HTTP headers + page bytes) and a metadata record, as crawlers write.

``--pages N`` makes N pages for scale tests and benchmarks. ``--crawl varied`` (the default) is a
crawl as varied as an outlet's (scripts/outlet_crawl.py: incidents spread over places and days,
told by one or a few pages each, ~4% syndicated copies). ``--crawl pooled`` is the stress case for
near-duplicates and merging: page k takes the layout of sample k mod 21 (the UTF-8 ones) and
fills its article with paragraphs drawn (seeded by k) from all samples, their figures shifted by
k mod 5 and each told on the page's own day; the pool is small, so ~80% of its pages are
near-duplicates and one event gathers over a hundred reports. ``--crawl open`` is the varied crawl
with an open vocabulary: every page also tells of people never named before (names made of
syllables, seeded by the page), a place drawn from the whole gazetteer and figures of up to six
digits, so the analysis' per-word memos keep meeting new words as on years of real reporting (the
varied crawl's vocabulary is spent after a few thousand pages). ``--files F`` spreads them over F WARC files
in OUT_DIR (a directory of WARCs, as crawlers leave them). Same arguments, same pages (only the
WARC record ids and dates differ).
"""
from __future__ import annotations

import argparse
import datetime
import io
import random
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
HOSTS = {"midan": "midan-news.example", "janoub": "janoub-voice.example", "furat": "furat-agency.example",
         "sahel": "sahel-today.example", "north": "north-monitor.example", "sham": "sham-net.example"}


def page_url(path: Path) -> str:
    parts = path.stem.split("_", 2)
    host = HOSTS.get(parts[1] if len(parts) > 1 else "", "news.example")
    return f"https://{host}/news/{parts[-1]}"


def build(out: str, pages: list[Path]) -> int:
    return write_warc(out, ((page_url(p), p.read_bytes(), p.name) for p in pages))


_PARA = re.compile(r"^<p>.*</p>$", re.M)
_NUM = re.compile(r"(?<![\d.])\d{1,4}(?![\d.])")


_DAY0 = datetime.date(2020, 1, 1)
_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
           "تشرين الثاني", "كانون الأول"]
_LEADS = ["وفي {w}،", "وبحسب ما أفيد في {w}،", "ويوم {w}،", "وحتى {w}،"]


def _dated(para: str, when: str, i: int) -> str:
    """A paragraph told on the page's own day: every page's lines differ, as on a real site (repeated
    lines across a site's pages are boilerplate to the cleaner)."""
    return "<p>" + _LEADS[i % len(_LEADS)].format(w=when) + " " + para[3:]


GENERATOR_VERSION = 3  # bumped whenever a crawl's pages change (benchmark caches key on it)


CRAWLS = ("varied", "pooled", "open")

# the open crawl's made-up people: a syllable or three each, from these letters and long vowels
_ONSETS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
_VOWELS = ["ا", "و", "ي", ""]
_OPEN = ["وقال {a} {b}، وهو من سكان {place}، إن {n} عائلة وصلت إلى {place2} خلال {d} أيام.",
         "وأكد {a} {b} أن {n} شخصاً ما زالوا في {place} وأن الطريق إلى {place2} مغلق منذ {d} أيام.",
         "ونقل {a} {b} عن أقارب له في {place} أن {n} منزلاً تضررت وأن {d} أسر غادرت نحو {place2}."]


def _made_up_name(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4))) + rng.choice(
        _ONSETS)


@lru_cache(maxsize=1)
def _all_places() -> list[str]:
    import json

    data = json.loads((ROOT / "src" / "marsad" / "data" / "gazetteer" / "places.json").read_text(encoding="utf-8"))
    return sorted({p["name_ar"] for p in data if p.get("name_ar")})


def _open_sentence(k: int, j: int) -> str:
    """Page k's j-th sentence of new words: two made-up people, two places from the whole
    gazetteer, figures of up to six digits (seeded by k and j)."""
    rng = random.Random(f"open-{k}-{j}")
    places = _all_places()
    return rng.choice(_OPEN).format(a=_made_up_name(rng), b=_made_up_name(rng), place=rng.choice(places),
                                    place2=rng.choice(places), n=rng.randint(2, 999_999), d=rng.randint(2, 30))


def _templates() -> list[tuple[Path, str]]:
    """The UTF-8 sample pages with article paragraphs: the layouts synthetic pages take."""
    samples = sorted((ROOT / "samples" / "html").glob("*.html"))
    templates = [(p, p.read_text(encoding="utf-8")) for p in samples if b"charset=utf-8" in p.read_bytes()[:600]]
    return [(p, t) for p, t in templates if _PARA.search(t)]


def synthetic_pages(n: int, start: int = 0, crawl: str = "varied") -> Iterator[tuple[str, bytes, str]]:
    """(url, body, name) for pages start..start+n-1 of a synthetic crawl (see the module doc)."""
    if crawl in ("varied", "open"):
        import outlet_crawl

        layouts = [(page_url(p).split("/")[2], p.stem, t) for p, t in _templates()]
        for k, (url, body, name) in enumerate(outlet_crawl.pages(n, start, layouts), start):
            if crawl == "open":  # the new words go in after the story's last paragraph
                cut = body.rfind(b"</p>")
                body = body[:cut] + "".join(" " + _open_sentence(k, j) for j in range(2)).encode() + body[cut:]
            yield url, body, name
        return
    if crawl != "pooled":
        raise ValueError(f"unknown crawl {crawl!r}: one of {', '.join(CRAWLS)}")
    templates = _templates()
    pool = [m.group(0) for _, t in templates for m in _PARA.finditer(t)]
    for k in range(start, start + n):
        path, text = templates[k % len(templates)]
        rng = random.Random(k)
        shift = k % 5
        day = _DAY0 + datetime.timedelta(days=k % 1800)
        when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        paras = iter([_dated(_NUM.sub(lambda m: str(int(m.group(0)) + shift), rng.choice(pool)), when, i)
                      for i in range(len(_PARA.findall(text)))])
        body = _PARA.sub(lambda m: next(paras), text).encode("utf-8")
        url = page_url(path).rsplit("/", 1)[0] + f"/{k:07d}-{path.stem.split('_', 2)[-1]}"
        yield url, body, f"{path.name}#{k}"


def write_warc(out: str, items: Iterable[tuple[str, bytes, str]]) -> int:
    n = 0
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(Path(out).name, {"software": "marsad build_warc.py",
                                                                           "format": "WARC File Format 1.1"}))
        for url, body, name in items:
            charset = "windows-1256" if b"windows-1256" in body[:600] else "utf-8"
            req_headers = StatusAndHeaders("GET /news/ HTTP/1.1", [("Host", url.split("/")[2]),
                                                                   ("User-Agent", "marsad-sample-crawler")],
                                           is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req_headers,
                                                          payload=io.BytesIO(b"")))
            http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
            meta = f"outlinks: 0\nfetchTimeMs: 120\nsource: {name}\n".encode()
            writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(meta),
                                                          warc_content_type="application/warc-fields"))
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="WARC file to write (gzipped); with --files, a directory")
    ap.add_argument("pages", nargs="*", type=Path, help="HTML pages (default: samples/html/*.html)")
    ap.add_argument("--pages", dest="n", type=int, metavar="N", help="make N distinct pages from the samples")
    ap.add_argument("--files", type=int, default=1, metavar="F", help="with --pages: spread over F files in OUT")
    ap.add_argument("--crawl", choices=CRAWLS, default="varied",
                    help="with --pages: varied (like an outlet's crawl, ~4%% syndicated copies; default) or pooled "
                         "(paragraphs drawn from a small pool: mostly near-duplicates, a stress case)")
    args = ap.parse_args(argv)
    if args.n is not None:
        if args.n < 1 or args.files < 1:
            ap.error("--pages and --files must be at least 1")
        if args.files == 1 and not Path(args.out).is_dir():
            n = write_warc(args.out, synthetic_pages(args.n, crawl=args.crawl))
        else:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            per = -(-args.n // args.files)
            n = 0
            for i in range(args.files):
                count = min(per, args.n - i * per)
                if count > 0:
                    n += write_warc(str(out / f"crawl-{i:03d}.warc.gz"),
                                    synthetic_pages(count, start=i * per, crawl=args.crawl))
        print(f"wrote {n} pages to {args.out}", file=sys.stderr)
        return 0
    pages = args.pages or sorted((ROOT / "samples" / "html").glob("*.html"))
    n = build(args.out, pages)
    print(f"wrote {n} pages to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
