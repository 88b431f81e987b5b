"""A loopback replica of Helsinki's feedback API (Open311 GeoReport v2 at asiointi.hel.fi/palautews).

It serves the documented behaviour with its quirks, because the harvester must survive them:
- `/requests.json` answers at most 200 requests, newest first by `requested_datetime`, no paging;
  `start_date`/`end_date` (and `updated_after`/`updated_before`) may not span more than 90 days (HTTP 400
  with an Open311 error list); with no dates the window is the last 90 days;
- the same request can come twice in one list, and one requested just before `start_date` (within
  `boundary_slack`) is returned too, so adjacent windows overlap;
- lat/long are strings, some pairs swapped; `/requests/{id}.json` is a one-element array;
- `/services.json?locale=sv` is Latin-1 encoded.
Run standalone: `python -m harvester.testing.replicas.open311 --port 8311 --records 5000 --seed 1 --faults 0.2`.
"""

from __future__ import annotations

import copy
import hashlib
import random
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.open311_data import (
    HELSINKI,
    format_datetime,
    generate_requests,
    iter_requests,
    service_list,
    updated_request,
)

MAX_SPAN = timedelta(days=90)
MAX_RESULTS = 200
_REQUEST_PATH = re.compile(r"^/requests/([^/]+)\.json$")
_SERVICE_PATH = re.compile(r"^/services/([^/]+)\.json$")


def _error(status: int, description: str) -> Reply:
    """Open311's error shape: a list of {code, description}."""
    return Reply.json([{"code": status, "description": description}], status)


def _parse_w3c(name: str, value: str) -> datetime:
    """A W3C datetime or date from a query string; naive values are Helsinki time."""
    text = value.strip().replace(" ", "+")  # an unencoded '+' of an offset arrives as a space
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"Invalid {name}: {value!r} is not a W3C datetime such as 2016-01-01T00:00:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=HELSINKI)


def _locale(value: str | None) -> str:
    language = (value or "en").split("_")[0].split("-")[0].lower()
    return language if language in ("fi", "sv") else "en"


@dataclass
class _Stored:
    record: dict[str, Any]
    requested: datetime
    updated: datetime


class Open311Replica(ReplicaServer):
    """Helsinki's palautews on 127.0.0.1, holding `requests` (dicts shaped like the API's, with extensions)."""

    base_path = "/palautews/rest/v1"

    def __init__(
        self,
        requests: Iterable[dict[str, Any]] = (),
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        boundary_slack: timedelta = timedelta(hours=1),
        duplicate_every: int = 40,
        planted: dict[str, set[str]] | None = None,
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self.boundary_slack = boundary_slack
        self.duplicate_every = duplicate_every
        self.planted: dict[str, set[str]] = planted if planted is not None else {}
        self._rng = random.Random(seed + 1)
        self._data_lock = threading.Lock()
        self._store: dict[str, _Stored] = {}
        for record in requests:
            self._put(record)

    @classmethod
    def generated(
        cls,
        seed: int = 0,
        records: int = 5000,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        **kwargs: Any,
    ) -> Open311Replica:
        """A replica holding `records` generated requests over `start`..`end` (default: the last 3 years)."""
        end = end or datetime.now(UTC).replace(microsecond=0)
        start = start or end - timedelta(days=3 * 365)
        data = generate_requests(records, seed, start, end)
        return cls(data.requests, seed=seed, planted=data.planted, **kwargs)

    # -- data and the mutation API for tests -------------------------------------------------------

    def _put(self, record: dict[str, Any]) -> None:
        stored = _Stored(
            record,
            datetime.fromisoformat(str(record["requested_datetime"])),
            datetime.fromisoformat(str(record["updated_datetime"])),
        )
        self._store[str(record["service_request_id"])] = stored

    @property
    def ids(self) -> set[str]:
        with self._data_lock:
            return set(self._store)

    def get(self, request_id: str) -> dict[str, Any]:
        """A copy of one stored request, exactly as served with extensions=true."""
        with self._data_lock:
            return copy.deepcopy(self._store[request_id].record)

    def update(self, n: int) -> list[str]:
        """Re-answer `n` random requests now (new status_notes, updated_datetime = now); returns their ids."""
        with self._data_lock:
            chosen = self._rng.sample(sorted(self._store), n)
            for request_id in chosen:
                stored = self._store[request_id]
                updated_request(stored.record, self._rng, self.planted)
                stored.updated = datetime.fromisoformat(str(stored.record["updated_datetime"]))
        return chosen

    def remove(self, ids: Iterable[str]) -> None:
        """Forget requests, as when the city unpublishes them."""
        with self._data_lock:
            for request_id in ids:
                self._store.pop(request_id, None)

    def add(self, n: int) -> list[str]:
        """Add `n` requests made during the last day; returns their ids."""
        now = datetime.now(UTC).replace(microsecond=0)
        new = list(
            iter_requests(n, self._rng.randrange(2**31), now - timedelta(days=1), now, planted=self.planted)
        )
        with self._data_lock:
            for record in new:
                self._put(record)
        return [str(record["service_request_id"]) for record in new]

    # -- HTTP --------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.method != "GET":
            return _error(405, "Only GET is replicated")
        if request.path == "/services.json":
            return self._services(request.params)
        if request.path == "/requests.json":
            return self._requests(request.params)
        if match := _REQUEST_PATH.match(request.path):
            return self._one(match.group(1), request.params)
        if match := _SERVICE_PATH.match(request.path):
            return Reply.json({"service_code": match.group(1), "attributes": []})
        return _error(404, f"No such resource: {request.path}")

    def _services(self, params: dict[str, str]) -> Reply:
        locale = _locale(params.get("locale"))
        if locale == "sv":  # served as a static Latin-1 file upstream, without a charset
            return Reply.json(service_list(locale), encoding="latin-1", content_type="application/json")
        return Reply.json(service_list(locale))

    def _one(self, request_id: str, params: dict[str, str]) -> Reply:
        with self._data_lock:
            stored = self._store.get(request_id)
            if stored is None:
                return _error(404, f"Service request {request_id} not found")
            return Reply.json([self._shape(stored.record, params)])

    def _shape(self, record: dict[str, Any], params: dict[str, str]) -> dict[str, Any]:
        if params.get("extensions", "").lower() == "true":
            return record
        return {key: value for key, value in record.items() if key != "extended_attributes"}

    def _duplicated(self, request_id: str) -> bool:
        """Whether the upstream bug lists this request twice (a stable, id-derived share of requests)."""
        if self.duplicate_every <= 0:
            return False
        return int(hashlib.sha1(request_id.encode()).hexdigest(), 16) % self.duplicate_every == 0

    def _requests(self, params: dict[str, str]) -> Reply:
        if "service_request_id" in params:  # "overrides all other arguments"
            wanted = [part.strip() for part in params["service_request_id"].split(",") if part.strip()]
            with self._data_lock:
                found = [self._shape(self._store[i].record, params) for i in wanted if i in self._store]
            return Reply.json(found)
        try:
            dates = {
                name: _parse_w3c(name, params[name])
                for name in ("start_date", "end_date", "updated_after", "updated_before")
                if params.get(name)
            }
        except ValueError as exc:
            return _error(400, str(exc))
        now = datetime.now(UTC)
        by_update = "updated_after" in dates or "updated_before" in dates
        requested_window = None
        if "start_date" in dates or "end_date" in dates or not by_update:
            end = dates.get("end_date", now)
            start = dates.get("start_date", end - MAX_SPAN)
            if problem := self._span_problem("start_date", start, "end_date", end):
                return _error(400, problem)
            requested_window = (start - self.boundary_slack, end)
        updated_window = None
        if by_update:
            before = dates.get("updated_before", now)
            after = dates.get("updated_after", before - MAX_SPAN)
            if problem := self._span_problem("updated_after", after, "updated_before", before):
                return _error(400, problem)
            updated_window = (after, before)
        statuses = {s.strip() for s in params.get("status", "").split(",") if s.strip()}
        codes = {s.strip() for s in params.get("service_code", "").split(",") if s.strip()}

        with self._data_lock:
            matching = [
                stored
                for stored in self._store.values()
                if (
                    requested_window is None or requested_window[0] <= stored.requested <= requested_window[1]
                )
                and (updated_window is None or updated_window[0] <= stored.updated <= updated_window[1])
                and (not statuses or stored.record.get("status") in statuses)
                and (not codes or stored.record.get("service_code") in codes)
            ]
            # newest first; requests made in the same second in the order of their ids (the real API leaves
            # that order open, a replica must not leave it to the order of a set)
            matching.sort(key=lambda stored: (stored.requested, stored.record["service_request_id"]), reverse=True)
            listed: list[dict[str, Any]] = []
            for stored in matching:
                shaped = self._shape(stored.record, params)
                listed.append(shaped)
                if self._duplicated(str(stored.record["service_request_id"])):
                    listed.append(shaped)
                if len(listed) >= MAX_RESULTS:
                    break
            return Reply.json(listed[:MAX_RESULTS])

    @staticmethod
    def _span_problem(first: str, start: datetime, last: str, end: datetime) -> str | None:
        if end < start:
            return f"{first} {format_datetime(start)} is after {last} {format_datetime(end)}"
        if end - start > MAX_SPAN:
            return f"Date range from {first} to {last} may not span more than 90 days"
        return None


def main(argv: list[str] | None = None) -> int:
    return run_standalone(
        argv,
        Open311Replica.generated,
        prog="python -m harvester.testing.replicas.open311",
        description="Serve a replica of Helsinki's feedback API (Open311) with generated requests on loopback.",
        port=8311,
        records=5000,
        records_help="how many requests to generate (3 years)",
        banner="Open311 replica with {records} requests at {url}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
