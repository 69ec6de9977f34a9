"""Safety: token for writes and for non-loopback binds, CSRF on forms, CSP, password hashes,
the serve command's refusals."""
from __future__ import annotations

import re
import subprocess
import sys

from .webutil import TOKEN, csrf_of, login


def test_headers_on_every_answer(client):
    for path in ["/", "/events", "/api/events", "/static/app.css"]:
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    # the API page boots Swagger UI from one inline script, there only
    assert "'unsafe-inline'" in client.get("/docs").headers["content-security-policy"]


def test_pages_have_no_inline_script_or_style(client):
    for path in ["/", "/events", "/events/1", "/documents/e01", "/estimates", "/search?q=درعا", "/map"]:
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert " style=" not in html and "<style" not in html, path
        for tag in re.findall(r"<[a-zA-Z][^>]*>", html):
            assert not re.search(r"\son\w+\s*=", re.sub(r'"[^"]*"', '""', tag)), (path, tag)


def test_without_token_the_server_is_read_only(client):
    html = client.get("/events/1").text
    assert "read-only" in html and 'action="/events/1/review"' not in html
    r = client.post("/events/1/review", data={"status": "verified", "reviewer": "x", "csrf": csrf_of(client)})
    assert r.status_code == 403
    r = client.post("/api/events/1/review", json={"reviewer": "x", "changes": {"status": "verified"}},
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert client.get("/api/events/1").json()["review_status"] == "unreviewed"


def test_writes_need_the_token(make_client):
    c = make_client(token=TOKEN)
    body = {"reviewer": "x", "changes": {"status": "verified"}}
    assert c.post("/api/events/1/review", json=body).status_code == 401
    assert c.post("/api/events/1/review", json=body, headers={"Authorization": "Bearer wrong-token"}).status_code == 401
    ok = c.post("/api/events/1/review", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["event"]["review_status"] == "verified"
    # the page form needs a logged-in session: anonymous visitors get a login link, not a form
    html = c.get("/events/1").text
    assert "Log in</a> to verify" in html and 'action="/events/1/review"' not in html
    r = c.post("/events/1/review", data={"status": "rejected", "reviewer": "x", "csrf": csrf_of(c)},
               follow_redirects=False)
    assert r.status_code == 401


def test_login_rejects_a_wrong_token(make_client):
    c = make_client(token=TOKEN)
    r = c.post("/login", data={"token": "not-it", "next": "/", "csrf": csrf_of(c)}, follow_redirects=False)
    assert r.status_code == 303 and "error=wrong+token" in r.headers["location"]
    assert "marsad_session" not in r.cookies
    # an outside "next" never leaves the site
    login(c)
    r = c.post("/login", data={"token": TOKEN, "next": "//evil.example/", "csrf": csrf_of(c)}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_csrf_is_required_on_forms(writer):
    html = writer.get("/events/1").text
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)
    form = {"status": "verified", "reviewer": "analyst"}
    assert writer.post("/events/1/review", data=form, follow_redirects=False).status_code == 403
    assert writer.post("/events/1/review", data={**form, "csrf": "0" * 64}, follow_redirects=False).status_code == 403
    # a token minted for another browser (another CSRF cookie) does not work here
    other = writer.cookies.get("marsad_csrf")
    writer.cookies.delete("marsad_csrf")
    writer.cookies.set("marsad_csrf", "someone-else")
    assert writer.post("/events/1/review", data={**form, "csrf": token}, follow_redirects=False).status_code == 403
    writer.cookies.delete("marsad_csrf")
    writer.cookies.set("marsad_csrf", other)
    r = writer.post("/events/1/review", data={**form, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events/1?saved=1"
    # cookie-authenticated API writes need the CSRF header too
    body = {"reviewer": "x", "changes": {"status": "rejected"}}
    assert writer.post("/api/events/1/review", json=body).status_code == 403
    assert writer.post("/api/events/1/review", json=body, headers={"X-CSRF-Token": token}).status_code == 200
    # the login form itself is protected
    assert writer.post("/login", data={"token": TOKEN}, follow_redirects=False).status_code == 403


def test_public_bind_needs_the_token_for_reads(make_client):
    c = make_client(token=TOKEN, public=True)
    assert c.get("/api/events").status_code == 401
    assert c.get("/openapi.json").status_code == 401
    r = c.get("/events", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert c.get("/static/app.css").status_code == 200  # the login page still has its style
    assert c.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    login(c)
    assert c.get("/events").status_code == 200


def test_loopback_only_hosts(make_client):
    c = make_client(allowed_hosts=["127.0.0.1", "localhost"])
    assert c.get("/", headers={"host": "evil.example"}).status_code == 400
    assert c.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_password_hash_in_a_config_file(make_client, tmp_path):
    from marsad.web.security import hash_password, read_config, verify_hash

    h = hash_password("correct horse battery", iterations=1000)
    assert verify_hash("correct horse battery", h) and not verify_hash("wrong", h)
    cfg = tmp_path / "serve.toml"
    cfg.write_text(f'[serve]\npassword_hash = "{h}"\n', encoding="utf-8")
    assert read_config(str(cfg)) == h
    c = make_client(password_hash=read_config(str(cfg)))
    body = {"reviewer": "x", "changes": {"status": "verified"}}
    assert c.post("/api/events/1/review", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.post("/api/events/1/review", json=body,
                  headers={"Authorization": "Bearer correct horse battery"}).status_code == 200


def _serve(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "marsad.cli", "serve", *args], capture_output=True, text=True,
                          input=stdin, timeout=60)


def test_serve_refuses_clearly(tmp_path, db_path):
    r = _serve("--db", str(tmp_path / "missing.db"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no such database" in r.stderr
    r = _serve("--db", str(db_path), "--host", "0.0.0.0")
    assert r.returncode == 2 and "--token" in r.stderr and r.stderr.count("\n") == 1
    r = _serve("--db", str(db_path), "--token", "short")
    assert r.returncode == 2 and "too short" in r.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    r = _serve("--db", str(bad))
    assert r.returncode == 2 and "not a database" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1
    r = _serve("--db", str(db_path), "--config", str(tmp_path / "none.toml"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = _serve()
    assert r.returncode == 2 and "--db" in r.stderr


def test_serve_hash_password_makes_a_config_line():
    from marsad.web.security import verify_hash

    r = _serve("--hash-password", stdin="s3cret-pass\n")
    assert r.returncode == 0
    m = re.fullmatch(r'password_hash = "(pbkdf2_sha256\$\d+\$[0-9a-f]+\$[0-9a-f]+)"\n', r.stdout)
    assert m and verify_hash("s3cret-pass", m.group(1))


def test_live_server_answers_over_http(live_server):
    import urllib.request

    with urllib.request.urlopen(live_server + "/events?type=defection") as resp:
        assert resp.status == 200
        assert "content-security-policy" in {k.lower() for k in resp.headers}
        assert "defection" in resp.read().decode("utf-8")
