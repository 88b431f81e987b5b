"""What counts as one API endpoint: URLs normalised so that the same API written two ways counts once."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_endpoint(url: str) -> str | None:
    """The identity of the endpoint a URL points at, or None when it is not an http(s) URL.

    Kept: host (lower-cased, default port dropped) and path (repeated and trailing slashes dropped).
    Dropped: query string and fragment (`?service=WFS&typeName=...` names a layer, not another API),
    user info, and the scheme — the same API served over http and https is one API, written as https.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return f"https://{netloc}{path}"


def is_under(endpoint: str, base: str) -> bool:
    """True when `endpoint` is `base` or a path below it (at a segment boundary: /v1 is not under /v)."""
    return endpoint == base or endpoint.startswith(base + "/")
