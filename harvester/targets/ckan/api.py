"""One connection to a CKAN action API, for every part that talks to CKAN: the CKAN target (writes, errors as
PublishError) and the open-API metric's catalogue scan (reads, errors as SourceError).

ckanapi sends requests without a timeout unless told, so a hung CKAN would hang the nightly run; here every
call passes one. ckanapi's typed errors (ValidationError, NotAuthorized, NotFound) and transport failures
become one error of the caller's class that names the dataset, the action and what CKAN said — never the token.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Callable, Mapping
from typing import IO, Any

import ckanapi
import requests

from harvester import USER_AGENT
from harvester.core.errors import HarvesterError, PublishError

log = logging.getLogger(__name__)

READ_ACTIONS = frozenset({"package_show", "organization_show", "datastore_search", "datastore_info"})


def _flatten_errors(errors: Any, prefix: str = "") -> list[str]:
    """`error_dict` of a ValidationError as `field: message` lines (resources' errors are nested)."""
    lines: list[str] = []
    if isinstance(errors, Mapping):
        for key, value in errors.items():
            if str(key).startswith("__") or key == "message":
                continue
            lines.extend(_flatten_errors(value, f"{prefix}{key}" if not prefix else f"{prefix}.{key}"))
    elif isinstance(errors, list) and errors and all(isinstance(item, Mapping) for item in errors):
        for index, item in enumerate(errors):
            if item:
                lines.extend(_flatten_errors(item, f"{prefix}[{index}]"))
    elif isinstance(errors, list):
        lines.append(f"{prefix}: {'; '.join(str(item) for item in errors)}")
    else:
        lines.append(f"{prefix}: {errors}")
    return lines


def validation_fields(error_dict: Mapping[str, Any]) -> list[str]:
    """The field names a ValidationError complains about."""
    return [key for key in error_dict if not str(key).startswith("__") and key != "message"]


def _http_failure(extra_msg: str) -> str:
    """ckanapi's unrecognised error is `repr([url, status, body])`; keep the status and a short body."""
    try:
        _url, status, body = ast.literal_eval(extra_msg)
    except (ValueError, SyntaxError, TypeError):
        return extra_msg[:300]
    text = re.sub(r"<[^>]+>", " ", str(body))
    text = re.sub(r"\s+", " ", text).strip()[:200]
    return f"HTTP {status}" + (f": {text}" if text else "")


class CkanApi:
    """Calls CKAN actions; remembers which it called so a run can prove it wrote nothing."""

    def __init__(
        self,
        url: str,
        token: str | None,
        *,
        timeout: float,
        token_env: str = "CKAN_API_TOKEN",
        session: requests.Session | None = None,
        error: type[HarvesterError] = PublishError,
    ) -> None:
        self.url = url.rstrip("/")
        self.error = error
        self.timeout = timeout
        self.token_env = token_env
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self._remote = ckanapi.RemoteCKAN(self.url, apikey=token, user_agent=USER_AGENT, session=self.session)
        self.calls: list[str] = []
        self.on_call: Callable[[str], None] | None = None

    @property
    def write_calls(self) -> list[str]:
        return [action for action in self.calls if action not in READ_ACTIONS]

    def call(
        self,
        action: str,
        dataset: str,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, tuple[str, IO[bytes]]] | None = None,
        *,
        missing_ok: bool = False,
        subject: str | None = None,
    ) -> Any:
        """Call one action for `dataset` (named in errors, or `subject` when the call is about something
        else, e.g. "organisation 'helsinki'"); returns the action's result.

        With `missing_ok`, CKAN's NotFound gives None (a dataset or DataStore table not created yet).
        """
        about = subject or f"dataset {dataset!r}"
        self.calls.append(action)
        if self.on_call:
            self.on_call(action)
        log.debug("CKAN %s %s", action, dataset)
        try:
            return self._remote.call_action(
                action,
                dict(data or {}),
                files=dict(files) if files else None,
                requests_kwargs={"timeout": self.timeout},
            )
        except ckanapi.ValidationError as exc:
            error_dict = getattr(exc, "error_dict", {}) or {}
            details = "; ".join(_flatten_errors(error_dict)) or str(error_dict)
            fields = ", ".join(validation_fields(error_dict))
            raise self.error(
                f"CKAN refused {action} for {about}: invalid field(s) {fields}: {details}"
            ) from None
        except ckanapi.NotAuthorized as exc:
            raise self.error(
                f"CKAN refused {action} for {about}: not authorised ({self._reason(exc)}); "
                f"check that ${self.token_env} holds an API token of a user who may edit the dataset"
            ) from None
        except ckanapi.NotFound as exc:
            if missing_ok:
                return None
            raise self.error(
                f"CKAN {action} for {about} failed: not found ({self._reason(exc)})"
            ) from None
        except ckanapi.ServerIncompatibleError as exc:
            raise self.error(
                f"CKAN at {self.url} gave {action} for {about} an answer that is not a CKAN "
                f"API answer: {str(exc)[:300]}"
            ) from None
        except ckanapi.CKANAPIError as exc:
            raise self.error(
                f"CKAN at {self.url} failed {action} for {about}: {_http_failure(str(exc))}"
            ) from None
        except requests.Timeout:
            raise self.error(
                f"CKAN at {self.url} did not answer {action} for {about} within "
                f"{self.timeout:g} s; nothing is committed, the next run retries"
            ) from None
        except requests.RequestException as exc:
            reason = type(exc).__name__
            raise self.error(
                f"cannot reach CKAN at {self.url} ({reason}) during {action} for {about}; "
                "nothing is committed, the next run retries"
            ) from None

    @staticmethod
    def _reason(exc: Exception) -> str:
        value = getattr(exc, "extra_msg", None) or (exc.args[0] if exc.args else "")
        if isinstance(value, Mapping):
            value = value.get("message") or value
        return str(value)[:300]

    def close(self) -> None:
        self.session.close()
