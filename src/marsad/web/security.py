"""Who may read and write, CSRF tokens and the response headers.

- Reads are open on a loopback bind; any other bind needs the token for everything.
- Every write (review, logout) needs the token: a session cookie set by /login, or
  ``Authorization: Bearer TOKEN`` for the JSON API.
- Forms carry a CSRF token bound to a per-browser cookie (double submit, signed with a per-process
  secret); a cross-site page can neither read the cookie nor forge the signature.
- The token may be given in plain (``--token``) or as a PBKDF2 hash in a config file, so a shared
  machine's process list and files never show it.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# FastAPI's API page (Swagger UI, vendored) boots from one inline script.
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")
SESSION_COOKIE = "marsad_session"
CSRF_COOKIE = "marsad_csrf"
SESSION_SECONDS = 12 * 3600
PBKDF2_ITERATIONS = 200_000


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def hash_password(password: str, salt: bytes | None = None, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    h = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${h.hex()}"


def verify_hash(password: str, stored: str) -> bool:
    try:
        algo, it, salt, digest = stored.strip().split("$")
        if algo != "pbkdf2_sha256":
            return False
        h = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), int(it))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(h.hex(), digest)


def read_config(path: str) -> str:
    """The password hash from a config file: a TOML file with ``password_hash = "pbkdf2_sha256$..."``
    (top level or under ``[serve]``)."""
    import tomllib

    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    h = cfg.get("password_hash") or (cfg.get("serve") or {}).get("password_hash")
    if not h or not str(h).startswith("pbkdf2_sha256$"):
        raise ValueError(f"{path}: no password_hash = \"pbkdf2_sha256$...\" line (make one with "
                         "'marsad serve --hash-password')")
    return str(h)


class Guard:
    """The server's auth settings plus its per-process signing secret."""

    def __init__(self, token: str | None = None, password_hash: str | None = None, public: bool = False):
        self.token = token or None
        self.password_hash = password_hash or None
        self.public = public  # bound beyond loopback: reads need the token too
        self.secret = secrets.token_bytes(32)
        self._verified: set[str] = set()

    @property
    def writable(self) -> bool:
        return bool(self.token or self.password_hash)

    def check_token(self, given: str | None) -> bool:
        if not given or not self.writable:
            return False
        if self.token is not None and hmac.compare_digest(given.encode(), self.token.encode()):
            return True
        if self.password_hash is not None:
            if given in self._verified:  # PBKDF2 is slow by design: verify a bearer token once
                return True
            if verify_hash(given, self.password_hash):
                self._verified.add(given)
                return True
        return False

    def _sign(self, msg: str) -> str:
        return hmac.new(self.secret, msg.encode(), hashlib.sha256).hexdigest()

    def session_value(self, now: float | None = None) -> str:
        exp = int((now or time.time()) + SESSION_SECONDS)
        return f"{exp}.{self._sign(f'session:{exp}')}"

    def session_ok(self, value: str | None, now: float | None = None) -> bool:
        if not value or "." not in value:
            return False
        exp, sig = value.split(".", 1)
        if not exp.isdigit() or int(exp) < (now or time.time()):
            return False
        return hmac.compare_digest(sig, self._sign(f"session:{exp}"))

    def authenticated(self, request) -> bool:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return self.check_token(auth[7:].strip())
        return self.writable and self.session_ok(request.cookies.get(SESSION_COOKIE))

    def csrf_for(self, cookie_value: str) -> str:
        return self._sign(f"csrf:{cookie_value}")

    def csrf_ok(self, cookie_value: str | None, given: str | None) -> bool:
        if not cookie_value or not given:
            return False
        return hmac.compare_digest(given, self.csrf_for(cookie_value))
