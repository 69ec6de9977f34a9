"""The FastAPI application: server-rendered pages (Jinja2) and the JSON API over the same queries.

``create_app(db_location, token=..., public=...)`` is all the server needs; ``marsad serve`` runs
it with uvicorn and the tests with TestClient.
"""
from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Body, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..store.filters import EventFilter, FilterError
from . import charts, downloads, queries, reviews, search
from .db import Database
from .highlight import LAYERS, document_html
from .security import CSP, CSP_DOCS, CSRF_COOKIE, SESSION_COOKIE, SESSION_SECONDS, Guard

HERE = Path(__file__).resolve().parent
PER_PAGE = 50


def _event_types() -> tuple[str, ...]:
    from ..extract.events import EVENT_TYPES

    return tuple(EVENT_TYPES)


def create_app(location: str, token: str | None = None, password_hash: str | None = None, public: bool = False,
               allowed_hosts: list[str] | None = None, index_progress=None) -> FastAPI:
    db = Database(location)
    with db.write_lock:
        search.refresh_index(db.store, index_progress)
    guard = Guard(token=token, password_hash=password_hash, public=public)
    app = FastAPI(title="marsad workbench", version="1", docs_url=None, redoc_url=None,
                  description="Events, reports, documents, estimates and search of a marsad evidence database. "
                              "Reads are open on a loopback bind; writes need `Authorization: Bearer TOKEN`.")
    app.state.db = db
    app.state.guard = guard
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(LAYERS=LAYERS, range_bar=charts.range_bar, fmt=_fmt, fmt_range=_fmt_range, show=_show)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def guard_mw(request: Request, call_next):
        path = request.url.path
        request.state.authed = guard.authenticated(request)
        cookie = request.cookies.get(CSRF_COOKIE)
        new_cookie = None
        if not cookie:
            cookie = new_cookie = secrets.token_urlsafe(24)
        request.state.csrf_cookie = cookie
        request.state.csrf = guard.csrf_for(cookie)
        if guard.public and not request.state.authed and not (path.startswith("/static/") or path == "/login"):
            if path.startswith("/api/") or path in ("/openapi.json", "/docs"):
                response = JSONResponse({"detail": "this server needs the token: Authorization: Bearer TOKEN"},
                                        status_code=401)
            else:
                response = RedirectResponse("/login?" + urlencode({"next": path}), status_code=303)
        else:
            response = await call_next(request)
        if new_cookie:
            response.set_cookie(CSRF_COOKIE, new_cookie, httponly=True, samesite="strict", path="/")
        response.headers["Content-Security-Policy"] = CSP_DOCS if path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(request: Request, name: str, ctx: dict, status: int = 200) -> HTMLResponse:
        base = {"request": request, "csrf": request.state.csrf, "authed": request.state.authed,
                "writable": guard.writable, "nav": name.split(".")[0]}
        return templates.TemplateResponse(request, name, {**base, **ctx}, status_code=status)

    def need_write(request: Request, form_csrf: str | None = None, api: bool = False) -> None:
        if not guard.writable:
            raise HTTPException(403, "this server is read-only: start it with --token to review")
        if not request.state.authed:
            raise HTTPException(401, "log in with the server's token first")
        bearer = request.headers.get("authorization", "").lower().startswith("bearer ")
        if bearer:
            return  # no cookie involved: nothing for a cross-site page to ride on
        given = form_csrf if not api else request.headers.get("x-csrf-token")
        if not guard.csrf_ok(request.cookies.get(CSRF_COOKIE), given):
            raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page and try again")

    # -- pages ---------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request):
        ov = db.memo("overview", lambda: queries.overview(db))
        return page(request, "overview.html", {"ov": ov, "chart": charts.weekly_chart(ov["per_week"])})

    def event_filter(request: Request) -> EventFilter:
        """The one event filter (the CLI's) from the query string; the list's default sort is
        newest first."""
        try:
            f = EventFilter.from_mapping(request.query_params)
        except FilterError as e:
            raise HTTPException(400, str(e)) from None
        f.limit, f.offset = None, 0
        f.sort = f.sort or "date"
        return f

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, page_no: int = Query(1, alias="page"), per_page: int = PER_PAGE,
                    format: str | None = None):
        f = event_filter(request)
        sort, order = f.sort, f.order
        if format:
            return _download(f, format)
        res = queries.list_events(db, f, page_no, per_page)
        keep = f.params()
        return page(request, "events.html", {
            "res": res, "f": f, "keep": keep, "sort": sort, "order": order or "",
            "choices": db.memo('choices', lambda: queries.choices(db)), "modalities": queries.MODALITIES, "kinds": queries.KINDS,
            "review_states": queries.REVIEW_STATES, "qs": lambda **kw: _qs({**keep, "sort": sort, "order": order,
                                                                             "per_page": per_page if per_page != PER_PAGE else None, **kw})})

    def _download(f, fmt):
        if fmt == "acled":
            body, name, mt = downloads.acled_csv(db.store, f), "marsad-events-acled.csv", "text/csv"
        elif fmt == "acled-marsad":
            body, name, mt = downloads.export_csv(db.store, f), "marsad-events-acled-marsad.csv", "text/csv"
        elif fmt == "csv":
            body, name, mt = downloads.list_csv(db.store, f), "marsad-events.csv", "text/csv"
        elif fmt == "jsonl":
            body, name, mt = downloads.jsonl(db.store, f), "marsad-events.jsonl", "application/x-ndjson"
        else:
            raise HTTPException(400, "format must be acled, acled-marsad, csv or jsonl")
        return StreamingResponse(body, media_type=mt + "; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: int, error: str | None = None, saved: int | None = None):
        ev = queries.get_event(db, event_id)
        if ev is None:
            return page(request, "error.html", {"message": f"No event {event_id}."}, 404)
        return page(request, "event.html", {"ev": ev, "types": _event_types(), "error": error, "saved": saved,
                                            "actors_text": "\n".join(f"{a.get('role', 'agent')}: {a.get('surface')}"
                                                                     for a in ev["actor_records"])})

    @app.post("/events/{event_id}/review", include_in_schema=False)
    async def review_form(request: Request, event_id: int):
        form = await request.form()
        need_write(request, form.get("csrf"))
        changes = {}
        for field in reviews.FIELDS:
            if field == "count":
                if "count_low" in form or "count_high" in form:
                    changes["count"] = {"low": form.get("count_low"), "high": form.get("count_high")}
            elif field in form:
                changes[field] = form.get(field)
        try:
            done = reviews.apply(db.store, event_id, changes, form.get("reviewer", ""), form.get("note"),
                                 _event_types())
        except reviews.ReviewError as e:
            return RedirectResponse(f"/events/{event_id}?" + urlencode({"error": str(e)}), status_code=303)
        resp = RedirectResponse(f"/events/{event_id}?saved={len(done)}", status_code=303)
        resp.set_cookie("marsad_reviewer", str(form.get("reviewer", ""))[:100], httponly=True, samesite="strict")
        return resp

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, key: int | None = None):
        d = queries.find_document(db, doc_id, key)
        if d is None:
            return page(request, "error.html", {"message": f"No document {doc_id!r}."}, 404)
        counts = {layer: len(d["spans"].get(layer, [])) for layer in LAYERS}
        return page(request, "document.html", {"d": d, "body": document_html(d["text"], d["spans"]), "counts": counts})

    @app.get("/estimates", response_class=HTMLResponse, include_in_schema=False)
    def estimates_page(request: Request, type: str | None = None, all: bool = False):
        topics = queries.estimates(db, type or None, all)
        return page(request, "estimates.html", {"topics": topics, "type": type, "all": all,
                                                "types": db.memo('choices', lambda: queries.choices(db))["types"]})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", page_no: int = Query(1, alias="page")):
        page_no = max(1, page_no)
        res = _search(q, page_no)
        return page(request, "search.html", {"q": q, "res": res, "page": page_no,
                                             "pages": max(1, -(-res["total"] // 20))})

    def _search(q: str, page_no: int) -> dict:
        with db.write_lock:  # documents stored since the server started become searchable
            search.refresh_index(db.store)
        return search.search(db, q[:500], limit=20, offset=(page_no - 1) * 20)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        f = event_filter(request)
        pts = _points(f)
        return page(request, "map.html", {"f": f, "points": pts, "keep": f.params(),
                                          "api": "/api/map?" + urlencode(f.params()),
                                          "choices": db.memo('choices', lambda: queries.choices(db))})

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/", error: str | None = None):
        return page(request, "login.html", {"next": _safe_next(next), "error": error})

    @app.post("/login", include_in_schema=False)
    async def login(request: Request):
        form = await request.form()
        nxt = _safe_next(str(form.get("next") or "/"))
        if not guard.csrf_ok(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
            raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page and try again")
        if not guard.check_token(str(form.get("token") or "")):
            return RedirectResponse("/login?" + urlencode({"next": nxt, "error": "wrong token"}), status_code=303)
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(SESSION_COOKIE, guard.session_value(), max_age=SESSION_SECONDS, httponly=True,
                        samesite="strict", path="/")
        return resp

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request):
        form = await request.form()
        if not guard.csrf_ok(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
            raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page and try again")
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(SESSION_COOKIE, path="/")
        return resp

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="marsad API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    # -- JSON API -------------------------------------------------------------------------------------
    @app.get("/api/overview", tags=["overview"], summary="Counts, incidents per week, latest documents, top places")
    def api_overview():
        return db.memo("overview", lambda: queries.overview(db))

    @app.get("/api/events", tags=["events"], summary="Merged events, filtered, sorted and paginated")
    def api_events(request: Request, type: str | None = None, kind: str | None = None, governorate: str | None = None,
                   place: str | None = None, since: str | None = None, until: str | None = None,
                   include_undated: bool = False, actor: str | None = None, source: str | None = None,
                   outlet: str | None = None, modality: str | None = None, review: str | None = None,
                   reviewed_only: bool = False, min_count: float | None = None, sort: str = "date",
                   order: str | None = None, page: int = 1, per_page: int = PER_PAGE):
        f = event_filter(request)
        return {"filter": f.params(), "sort": f.sort, "order": "desc" if f.descending else "asc",
                **queries.list_events(db, f, page, per_page)}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with every report, mentions and reviews")
    def api_event(event_id: int):
        ev = queries.get_event(db, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id}")
        return ev

    @app.post("/api/events/{event_id}/review", tags=["review"],
              summary="Verify, reject or correct an event (one review record per changed field)")
    def api_review(request: Request, event_id: int, body: dict = Body(..., examples=[{
            "reviewer": "analyst initials", "note": "checked against the outlet's video",
            "changes": {"status": "verified", "count": {"low": 30, "high": 35}, "place": "طفس",
                        "date": "2024-03-04", "type": "defection", "fatalities": 0,
                        "actors": [{"surface": "قوات النظام", "role": "agent"}]}}])):
        need_write(request, api=True)
        changes = body.get("changes") or {}
        if not isinstance(changes, dict):
            raise HTTPException(422, "changes must be an object of field: value")
        try:
            done = reviews.apply(db.store, event_id, changes, str(body.get("reviewer") or ""), body.get("note"),
                                 _event_types())
        except reviews.ReviewError as e:
            raise HTTPException(422, str(e)) from None
        return {"written": done, "event": queries.get_event(db, event_id)}

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="A document with its text, span layers and reports")
    def api_document(doc_id: str, key: int | None = None):
        d = queries.find_document(db, doc_id, key)
        if d is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return d

    @app.get("/api/estimates", tags=["estimates"], summary="Claimed figures per topic, side by side, never averaged")
    def api_estimates(type: str | None = None, all: bool = False):
        return {"topics": queries.estimates(db, type, all)}

    @app.get("/api/search", tags=["search"], summary="Full-text search with Arabic folding")
    def api_search(q: str = "", page: int = 1):
        return _search(q, max(1, page))

    @app.get("/api/map", tags=["map"], summary="Map points (events grouped by place) for the same filters")
    def api_map(request: Request, type: str | None = None, governorate: str | None = None, place: str | None = None,
                since: str | None = None, until: str | None = None, review: str | None = None):
        f = event_filter(request)
        return {"filter": f.params(), "points": _points(f)}

    def _points(f):
        # the whole map and one type's map are what the overview and the type filter ask for:
        # kept per database version (other filters are computed each time)
        if set(f.params()) <= {"type"}:
            return db.memo("map:" + (f.type or ""), lambda: queries.map_points(db, f))
        return queries.map_points(db, f)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/") or "json" in request.headers.get("accept", "") and \
                "html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", {"message": exc.detail}, exc.status_code)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    return app


def _safe_next(nxt: str) -> str:
    """Only a local path: never bounce a login to another site."""
    return nxt if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt else "/"


def _qs(params: dict) -> str:
    return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    if isinstance(v, (int, float)):
        return f"{v:,}"
    return str(v)


def _show(v) -> str:
    """A review record's value in words (count range, place name, actor list)."""
    if v is None:
        return ""
    if isinstance(v, dict):
        if "low" in v or "high" in v:
            return _fmt_range(v.get("low"), v.get("high"))
        name = v.get("name_en") or v.get("name_ar") or ""
        return f"{name} ({v['name_ar']})" if v.get("name_ar") and v.get("name_en") else name
    if isinstance(v, list):
        return "; ".join(f"{a.get('role', 'agent')}: {a.get('surface')}" for a in v if isinstance(a, dict))
    return _fmt(v)


def _fmt_range(lo, hi) -> str:
    if lo is None and hi is None:
        return ""
    if lo == hi:
        return _fmt(lo)
    return f"{_fmt(lo) or '?'}–{_fmt(hi) or '…'}"
