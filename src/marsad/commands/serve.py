"""``marsad serve``: the web workbench over an evidence database (read, search, map, review)."""
from __future__ import annotations

import os
import sys


def register(sub) -> None:
    p = sub.add_parser("serve", help="open the web workbench on a database",
                       description="Serve the web workbench: overview, events with filters and downloads, every "
                                   "report of an event side by side, documents with highlighted spans, estimates, "
                                   "search, map and review. Binds to 127.0.0.1 unless told otherwise; a bind beyond "
                                   "this machine, and every review, need --token (or a password hash in --config).")
    p.add_argument("--db", metavar="PATH_OR_URL", help="database made by 'marsad ingest'")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", help="secret that unlocks reviewing (and reading, on a non-loopback bind); "
                                   "also read from MARSAD_TOKEN")
    p.add_argument("--config", metavar="FILE", help='TOML file with password_hash = "pbkdf2_sha256$..." '
                                                    "instead of --token")
    p.add_argument("--hash-password", action="store_true",
                   help="read a password from stdin, print the config line for --config, and exit")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..web.security import hash_password, is_loopback, read_config

    if args.hash_password:
        pw = sys.stdin.readline().rstrip("\n")
        if not pw:
            print("marsad: give the password on stdin (e.g. 'read -s P; echo \"$P\" | marsad serve --hash-password')",
                  file=sys.stderr)
            return 2
        print(f'password_hash = "{hash_password(pw)}"')
        return 0
    if not args.db:
        print("marsad: serve needs --db PATH (a database made by 'marsad ingest')", file=sys.stderr)
        return 2
    if not (0 < args.port < 65536):
        print(f"marsad: --port {args.port}: not a port number (1-65535)", file=sys.stderr)
        return 2
    token = args.token or os.environ.get("MARSAD_TOKEN") or None
    password_hash = None
    if args.config:
        try:
            password_hash = read_config(args.config)
        except (OSError, ValueError) as e:
            print(f"marsad: {e}" if isinstance(e, ValueError) else f"marsad: {args.config}: {e.strerror}", file=sys.stderr)
            return 2
        except Exception as e:  # noqa: BLE001 - tomllib.TOMLDecodeError
            print(f"marsad: {args.config}: not a TOML file ({e})", file=sys.stderr)
            return 2
    if token is not None and len(token) < 8:
        print("marsad: --token is too short: use at least 8 characters", file=sys.stderr)
        return 2
    public = not is_loopback(args.host)
    if public and not (token or password_hash):
        print(f"marsad: binding to {args.host} exposes the database beyond this machine: give --token "
              "(or --config with a password hash)", file=sys.stderr)
        return 2
    try:
        import uvicorn

        from ..web.app import create_app
        from ..web.db import DatabaseError
    except ImportError as e:
        print(f"marsad: the web workbench needs {e.name}: pip install 'marsad' with its dependencies", file=sys.stderr)
        return 2

    import socket

    try:
        fam = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        with socket.socket(fam, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((args.host, args.port))
    except OSError as e:
        print(f"marsad: cannot listen on {args.host}:{args.port} ({e.strerror or e})", file=sys.stderr)
        return 2

    def progress(done: int, total: int) -> None:
        print(f"\rmarsad: indexing documents for search: {done}/{total}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)

    hosts = None if public else ["127.0.0.1", "localhost", "::1", "[::1]"]
    try:
        app = create_app(args.db, token=token, password_hash=password_hash, public=public, allowed_hosts=hosts,
                         index_progress=progress)
    except DatabaseError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    shown = f"[{args.host}]" if ":" in args.host else args.host
    where = app.state.db.store.backend.describe()  # a URL's password is never printed
    print(f"marsad: serving {where} at http://{shown}:{args.port}/ "
          f"({'reviews need the token' if token or password_hash else 'read-only: give --token to review'}; "
          "Ctrl+C stops)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except OSError as e:
        print(f"marsad: cannot listen on {args.host}:{args.port} ({e.strerror or e})", file=sys.stderr)
        return 2
    return 0
