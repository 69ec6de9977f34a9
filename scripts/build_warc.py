"""Build a gzipped WARC from our sample HTML pages (request, response and metadata records).

    python scripts/build_warc.py OUT.warc.gz [PAGE.html ...]

Without pages, all of samples/html/*.html go in. Each page gets a made-up URL on its site, a
request record, the response (HTTP headers + page bytes) and a metadata record, as crawlers write.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

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
    n = 0
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(Path(out).name, {"software": "marsad build_warc.py",
                                                                           "format": "WARC File Format 1.1"}))
        for p in pages:
            url = page_url(p)
            body = p.read_bytes()
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
            meta = f"outlinks: 0\nfetchTimeMs: 120\nsource: {p.name}\n".encode()
            writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(meta),
                                                          warc_content_type="application/warc-fields"))
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="WARC file to write (gzipped)")
    ap.add_argument("pages", nargs="*", type=Path, help="HTML pages (default: samples/html/*.html)")
    args = ap.parse_args(argv)
    pages = args.pages or sorted((ROOT / "samples" / "html").glob("*.html"))
    n = build(args.out, pages)
    print(f"wrote {n} pages to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
