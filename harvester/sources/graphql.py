"""The one GraphQL client of the source adapters (tilavarauspalvelu on graphene, OmaStadi on graphql-ruby).

Both servers take `POST {"query", "variables"}` and answer `{"data": ..., "errors": [...]}`; they differ in
the HTTP status of a refused query (graphene-django answers a validation error with 400, graphql-ruby with
200), so a body with an `errors` array is a `GraphQLRefused` whatever the status, carrying the server's
messages for the adapter (e.g. Decidim's complexity limit) and the data steward.

The endpoint is used exactly as configured: the POST never follows a redirect. Django's APPEND_SLASH
answers `/graphql` (no slash) with a redirect that an HTTP client re-sends as GET, which the server then
refuses with "Must provide query string" (City-of-Helsinki/tilavarauspalvelu-core, backend/config/urls.py
at 79f937a4de47187cbc5175f98b69f64b80bf2ac1: the route is `graphql/`), so a redirect is reported with its
target instead.

`DjangoCsrf` is the token dance of a Django site whose GraphQL view is not CSRF-exempt, as the city's own
client does it (tilavarauspalvelu-core at 79f937a: backend/tilavarauspalvelu/api/rest/views.py `csrf_view`
answers GET `/csrf/` with `{"csrfToken": ...}` and sets the `csrftoken` cookie; the frontend's
frontend/packages/ui/src/modules/apollo/helpers.ts `enchancedFetch` sends `X-Csrftoken`, the cookie and a
`Referer`; a failure is 403 `{"code": "CSRF_FAILURE"}` from `csrf_failure_view`). The token is fetched
before the first query and renewed once when the server answers 403.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from harvester.core.errors import SourceError
from harvester.sources.http import HttpClient, RetryableProblem

CSRF_COOKIE = "csrftoken"
CSRF_HEADER = "X-Csrftoken"


class _CsrfRefused(Exception):
    """A 403 from a CSRF-protected endpoint: fetch a new token and try once more."""


class GraphQLRefused(SourceError):
    """The server answered the query with an `errors` array; `messages` are its messages in order."""

    def __init__(self, endpoint: str, messages: list[str]) -> None:
        super().__init__(f"{endpoint}: the GraphQL query was refused: {'; '.join(messages)}")
        self.messages = messages


@dataclass
class DjangoCsrf:
    """Where a Django site hands out its CSRF token: `token_url` (GET, JSON `{"csrfToken"}` and a cookie)."""

    token_url: str
    token: str | None = None

    def fetch(self, http: HttpClient) -> str:
        response = http.request("GET", self.token_url, headers={"Accept": "application/json"})
        if response.status_code >= 400:
            raise SourceError(
                f"GET {self.token_url} answered HTTP {response.status_code}: the CSRF token needed to query "
                "the GraphQL API could not be fetched"
            )
        token = http.session.cookies.get(CSRF_COOKIE)
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("csrfToken"), str):
            token = body["csrfToken"]
        if not token:
            raise SourceError(
                f"GET {self.token_url} gave neither a csrfToken nor a {CSRF_COOKIE} cookie; "
                "the GraphQL API cannot be queried without one"
            )
        self.token = token
        return token

    def headers(self, http: HttpClient, endpoint: str) -> dict[str, str]:
        token = self.token or self.fetch(http)
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(endpoint))
        headers = {CSRF_HEADER: token, "Referer": origin}
        if http.session.cookies.get(CSRF_COOKIE) != token:
            # the server set no cookie (the token came from the JSON body only): send it as the city's
            # client does; an explicit Cookie header takes the place of the session's jar
            headers["Cookie"] = f"{CSRF_COOKIE}={token}"
        return headers


class GraphQLClient:
    """POST queries to one endpoint through the project's HTTP client; `csrf` when the site requires it."""

    def __init__(self, http: HttpClient, endpoint: str, *, csrf: DjangoCsrf | None = None) -> None:
        self.http = http
        self.endpoint = endpoint
        self.csrf = csrf

    @staticmethod
    def csrf_url_for(endpoint: str) -> str:
        """tilavarauspalvelu's token view beside its GraphQL route: `<root>/csrf/`."""
        return urljoin(endpoint, "/csrf/")

    def query(self, text: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The `data` object of one query; GraphQLRefused with the server's messages, SourceError otherwise.

        Under the HTTP client's one retry policy: a 429, 5xx or unreadable (truncated, garbled) 2xx body is
        fetched again; a 403 with CSRF protection fetches a new token once and sends the query again.
        """
        payload = {"query": text, "variables": dict(variables or {})}
        what = f"POST {self.endpoint}"
        try:
            return self.http.attempts(what, lambda: self._attempt(payload, csrf_refused_ok=True))
        except _CsrfRefused:
            self.csrf.fetch(self.http)  # the token expired or was rotated: a new one, once
            return self.http.attempts(what, lambda: self._attempt(payload, csrf_refused_ok=False))

    def _attempt(self, payload: dict[str, Any], *, csrf_refused_ok: bool) -> dict[str, Any]:
        response = self._post(payload)
        if response.status_code == 403 and self.csrf is not None and csrf_refused_ok:
            raise _CsrfRefused()
        if 300 <= response.status_code < 400:
            raise SourceError(
                f"POST {self.endpoint} answered a redirect (HTTP {response.status_code}) to "
                f"{response.headers.get('Location')!r}; a client would re-send it as GET and lose the query. "
                "Configure the endpoint exactly as the server routes it (tilavarauspalvelu: ending in '/graphql/')"
            )
        try:
            body = json.loads(response.content.decode(response.encoding or "utf-8").lstrip("\ufeff"))
        except (ValueError, UnicodeDecodeError):
            problem = f"HTTP {response.status_code} with an unreadable body: {response.text[:200]!r}"
            if response.status_code >= 400:
                raise SourceError(f"POST {self.endpoint} failed: {problem}") from None
            raise RetryableProblem(problem) from None
        except RecursionError:
            raise SourceError(f"POST {self.endpoint}: the JSON is nested too deep to read") from None
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors:
            raise GraphQLRefused(self.endpoint, [_message(error) for error in errors])
        data = body.get("data") if isinstance(body, dict) else None
        if response.status_code >= 400 or not isinstance(data, dict):
            raise SourceError(
                f"POST {self.endpoint} answered HTTP {response.status_code} without data: {response.text[:300]}"
            )
        return data

    def _post(self, payload: dict[str, Any]) -> requests.Response:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.csrf is not None:
            headers.update(self.csrf.headers(self.http, self.endpoint))
        return self.http.send_once(
            "POST", self.endpoint, data=json.dumps(payload), headers=headers, allow_redirects=False
        )


def _message(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message"))
    return str(error)
