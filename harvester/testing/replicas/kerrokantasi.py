"""A loopback replica of Kerrokantasi's REST API (api.hel.fi/kerrokantasi/v1), quirks included.

What it reproduces (source-apis.md §2):
- `/hearing/`, `/comment/`, `/section/`: DRF limit/offset paging, `{count, next, previous, results}`,
  default limit 50, absolute `next`/`previous` links; anonymous visibility (published, not deleted,
  already opened); hearings list without `sections`/`contact_persons`, detail with them;
- `/hearing/{id or slug}/sections/{id}/comments/`: a plain, unpaged list unless `limit` is given;
- translated fields as dicts of only the non-empty languages, sorted by code; a hearing without a main
  section has `abstract` "" instead of a dict; datetimes in Helsinki time with microseconds;
- comments carry `author_name` (nulled on the root list only when it is unfiltered), `reply_to`, images,
  and, when `serve_creator_email` is set, `creator_email`; deleted comments stay listed, with
  `deleted` true, the content replaced by a notice and no geometry;
- no modified timestamp anywhere: the mutation API (`edit_comment`, `delete_comment`, `vote`,
  `add_comment`, `remove_comment`, ...) changes comments without touching `created_at`;
- faults from the replica base (429 with Retry-After, 500, slow, truncated).
Run standalone: `python -m harvester.testing.replicas.kerrokantasi --port 8312 --records 2000 --seed 1`.
"""

from __future__ import annotations

import copy
import random
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.kerrokantasi_data import DELETED_NOTICE, generate, make_comment

HELSINKI = ZoneInfo("Europe/Helsinki")
DEFAULT_LIMIT = 50
LANGUAGE_ORDER = ("en", "fi", "sv")
_HEARING = re.compile(r"^/hearing/([^/]+)/$")
_SECTIONS = re.compile(r"^/hearing/([^/]+)/sections/$")
_SECTION_COMMENTS = re.compile(r"^/hearing/([^/]+)/sections/([^/]+)/comments/$")
_LIST_ONLY = ("sections", "contact_persons", "geojson")
_ROOT_FILTERS = ("hearing", "section", "comment", "created_by")
_HEARING_ORDERING = ("created_at", "close_at", "open_at", "n_comments")
_COMMENT_ORDERING = ("created_at", "n_votes")


def _render_time(moment: datetime | None) -> str | None:
    """DRF's rendering in Django's current time zone (Europe/Helsinki), microseconds included."""
    return None if moment is None else moment.astimezone(HELSINKI).isoformat()


def _translated(value: Any) -> Any:
    """django-parler's rendering: only languages with a non-empty value, sorted by language code."""
    if not isinstance(value, Mapping):
        return value
    return {language: value[language] for language in LANGUAGE_ORDER if value.get(language)}


def _parse_filter_time(value: str) -> datetime:
    moment = datetime.fromisoformat(value.strip().replace(" ", "+").replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=HELSINKI)


def _not_found() -> Reply:
    return Reply.json({"detail": "Not found."}, 404)


class KerrokantasiReplica(ReplicaServer):
    """Kerrokantasi on 127.0.0.1 holding `hearings` (sections and polls inside) and `comments`."""

    base_path = "/kerrokantasi/v1"

    def __init__(
        self,
        hearings: Iterable[dict[str, Any]] = (),
        comments: Iterable[dict[str, Any]] = (),
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        planted: dict[str, set[str]] | None = None,
        serve_creator_email: bool = False,
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self.planted: dict[str, set[str]] = planted if planted is not None else {}
        self.serve_creator_email = serve_creator_email
        #: Schema drift to serve: extra fields per kind ("hearing", "comment", "section") and fields to omit.
        self.extra_fields: dict[str, dict[str, Any]] = {}
        self.omitted_fields: dict[str, set[str]] = {}
        self._rng = random.Random(seed + 7)
        self._data_lock = threading.RLock()
        self._hearings: dict[str, dict[str, Any]] = {h["id"]: h for h in hearings}
        self._comments: dict[int, dict[str, Any]] = {int(c["id"]): c for c in comments}
        self._overrides: dict[int, dict[str, Any]] = {}
        self._section_hearing = {
            section["id"]: hearing["id"]
            for hearing in self._hearings.values()
            for section in hearing["sections"]
        }

    @classmethod
    def generated(cls, seed: int = 0, records: int = 1000, **kwargs: Any) -> KerrokantasiReplica:
        """A replica with `records` generated comments over about `records / 25` hearings."""
        data = generate(records, seed)
        return cls(data.hearings, data.comments, seed=seed, planted=data.planted, **kwargs)

    # -- what a test may ask -------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.now(UTC)

    def _visible(self, hearing: dict[str, Any]) -> bool:
        return bool(hearing["published"]) and not hearing["deleted"] and hearing["open_at"] <= self.now()

    def _closed(self, hearing: dict[str, Any]) -> bool:
        return bool(hearing["force_closed"]) or not (hearing["open_at"] <= self.now() <= hearing["close_at"])

    @property
    def hearing_ids(self) -> set[str]:
        """Hearings an anonymous user sees."""
        with self._data_lock:
            return {h["id"] for h in self._hearings.values() if self._visible(h)}

    @property
    def comment_ids(self) -> set[int]:
        """Comments an anonymous user sees on the root list (deleted ones included)."""
        with self._data_lock:
            return {c["id"] for c in self._comments.values() if self._visible(self._hearings[c["hearing"]])}

    def hearing(self, hearing_id: str) -> dict[str, Any]:
        """A copy of one stored hearing (datetimes as datetimes)."""
        with self._data_lock:
            return copy.deepcopy(self._hearings[hearing_id])

    def comment(self, comment_id: int) -> dict[str, Any]:
        """A copy of one stored comment (datetimes as datetimes, personal fields included)."""
        with self._data_lock:
            return copy.deepcopy(self._comments[comment_id])

    def poll_counts(self) -> dict[tuple[str, str, int, int], int]:
        """n_answers per (hearing, section, question, option) of the visible hearings."""
        with self._data_lock:
            return {
                (hearing["id"], section["id"], question["id"], option["id"]): option["n_answers"]
                for hearing in self._hearings.values()
                if self._visible(hearing)
                for section in self._served_sections(hearing)
                for question in section["questions"]
                for option in question["options"]
            }

    def hearings_where(self, test: Callable[[dict[str, Any]], bool]) -> list[str]:
        """Ids of visible hearings for which `test(stored hearing)` holds, e.g. closed long ago."""
        with self._data_lock:
            return sorted(h["id"] for h in self._hearings.values() if self._visible(h) and test(h))

    # -- the mutation API for tests (none of it moves created_at) ------------------------------------

    def edit_comment(self, comment_id: int, content: str) -> None:
        with self._data_lock:
            comment = self._comments[comment_id]
            comment["content"] = content
            comment["edited"] = True

    def delete_comment(self, comment_id: int, by: str = "self") -> None:
        """Soft delete, as the API does: the comment stays listed with `deleted` true."""
        with self._data_lock:
            comment = self._comments[comment_id]
            comment.update(deleted=True, deleted_at=self.now(), deleted_by_type=by)

    def vote(self, comment_id: int, votes: int = 1) -> None:
        with self._data_lock:
            self._comments[comment_id]["n_votes"] += votes

    def remove_comment(self, comment_id: int) -> None:
        """Gone for good (e.g. unpublished by a superuser or removed with the user's data)."""
        with self._data_lock:
            del self._comments[comment_id]

    def add_comment(self, hearing_id: str | None = None, content: str | None = None) -> int:
        """A new comment created now in `hearing_id` (default: an open hearing); returns its id."""
        with self._data_lock:
            if hearing_id is None:
                hearing_id = next(
                    h["id"] for h in self._hearings.values() if self._visible(h) and not self._closed(h)
                )
            hearing = self._hearings[hearing_id]
            section = next(s for s in hearing["sections"] if s["type"] != "closure-info")
            comment_id = max(self._comments, default=0) + 1
            comment = make_comment(self._rng, comment_id, hearing, section, self.now(), self.planted)
            if content is not None:
                comment["content"] = content
            self._comments[comment_id] = comment
            return comment_id

    def answer_poll(self, question_id: int, option_ids: Iterable[int]) -> None:
        """An answer to an independent poll (no comment): counts go up."""
        wanted = set(option_ids)
        with self._data_lock:
            for hearing in self._hearings.values():
                for section in hearing["sections"]:
                    for question in section["questions"]:
                        if question["id"] == question_id:
                            question["n_answers"] += 1
                            for option in question["options"]:
                                if option["id"] in wanted:
                                    option["n_answers"] += 1

    def close_hearing(self, hearing_id: str, when: datetime) -> None:
        with self._data_lock:
            self._hearings[hearing_id]["close_at"] = when

    def unpublish_hearing(self, hearing_id: str) -> None:
        with self._data_lock:
            self._hearings[hearing_id]["published"] = False

    def corrupt_comment(self, comment_id: int, field: str, value: Any) -> None:
        """Serve `field` of one comment as `value` (a malformed record for quarantine tests)."""
        with self._data_lock:
            self._overrides.setdefault(comment_id, {})[field] = value

    # -- HTTP ----------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.method != "GET":
            return Reply.json({"detail": f'Method "{request.method}" not allowed.'}, 405)
        with self._data_lock:
            if request.path == "/hearing/":
                return self._hearing_list(request)
            if request.path == "/comment/":
                return self._comment_list(request)
            if request.path == "/section/":
                return self._section_list(request)
            if match := _SECTION_COMMENTS.match(request.path):
                return self._section_comments(request, match.group(1), match.group(2))
            if match := _SECTIONS.match(request.path):
                hearing = self._find_hearing(match.group(1))
                if hearing is None:
                    return _not_found()
                return Reply.json(
                    [self._section(hearing, s, root=False) for s in self._served_sections(hearing)]
                )
            if match := _HEARING.match(request.path):
                hearing = self._find_hearing(match.group(1))
                return _not_found() if hearing is None else Reply.json(self._hearing(hearing, detail=True))
            return _not_found()

    def _find_hearing(self, id_or_slug: str) -> dict[str, Any] | None:
        hearing = self._hearings.get(id_or_slug) or next(
            (h for h in self._hearings.values() if h["slug"] == id_or_slug), None
        )
        return hearing if hearing is not None and self._visible(hearing) else None

    def _page(
        self,
        request: Request,
        items: list[Any],
        shape: Callable[[Any], Any] = lambda item: item,
        *,
        paged_by_default: bool = True,
    ) -> Reply:
        """DRF's LimitOffsetPagination over `items`, shaping only the page served; an invalid limit
        falls back to the default, a missing one too unless the endpoint is unpaged without it."""
        try:
            limit = int(request.params["limit"])
            if limit <= 0:
                raise ValueError
        except (KeyError, ValueError):
            if not paged_by_default and "limit" not in request.params:
                return Reply.json([shape(item) for item in items])
            limit = DEFAULT_LIMIT
        try:
            offset = max(0, int(request.params.get("offset", "0")))
        except ValueError:
            offset = 0
        count = len(items)

        def link(new_offset: int) -> str:
            query = {**request.params, "limit": str(limit), "offset": str(new_offset)}
            if new_offset == 0:
                query.pop("offset")
            return f"http://{self.host}:{self.port}{self.base_path}{request.path}?{urlencode(query)}"

        return Reply.json(
            {
                "count": count,
                "next": link(offset + limit) if offset + limit < count else None,
                "previous": link(max(0, offset - limit)) if offset > 0 else None,
                "results": [shape(item) for item in items[offset : offset + limit]],
            }
        )

    @staticmethod
    def _ordered(
        items: list[dict[str, Any]], ordering: str | None, allowed: tuple[str, ...], default: str
    ) -> list[dict[str, Any]]:
        field = ordering if ordering and ordering.lstrip("-") in allowed else default
        name = field.lstrip("-")
        return sorted(items, key=lambda item: (item[name], item["id"]), reverse=field.startswith("-"))

    # -- hearings ------------------------------------------------------------------------------------

    def _hearing_list(self, request: Request) -> Reply:
        hearings = [h for h in self._hearings.values() if self._visible(h)]
        if "open" in request.params:
            wanted = request.params["open"].lower() in ("true", "1")
            hearings = [h for h in hearings if (not self._closed(h)) == wanted]
        for hearing in hearings:
            hearing["n_comments"] = self._count_comments(lambda c, h=hearing: c["hearing"] == h["id"])
        hearings = self._ordered(hearings, request.params.get("ordering"), _HEARING_ORDERING, "-created_at")
        geojson = request.params.get("include") == "geojson"
        return self._page(request, hearings, lambda h: self._hearing(h, detail=False, geojson=geojson))

    def _count_comments(self, test: Callable[[dict[str, Any]], bool]) -> int:
        return sum(1 for c in self._comments.values() if not c["deleted"] and test(c))

    def _served_sections(self, hearing: dict[str, Any]) -> list[dict[str, Any]]:
        """Closure-info sections are hidden while the hearing is open."""
        closed = self._closed(hearing)
        return [s for s in hearing["sections"] if s["type"] != "closure-info" or closed]

    def _hearing(self, hearing: dict[str, Any], *, detail: bool, geojson: bool = False) -> dict[str, Any]:
        main = next((s for s in hearing["sections"] if s["type"] == "main"), None)
        shaped = {
            "id": hearing["id"],
            "slug": hearing["slug"],
            "title": _translated(hearing["title"]),
            "abstract": _translated(main["abstract"]) if main else "",
            "borough": _translated(hearing["borough"]),
            "n_comments": self._count_comments(lambda c: c["hearing"] == hearing["id"]),
            "published": hearing["published"],
            "open_at": _render_time(hearing["open_at"]),
            "close_at": _render_time(hearing["close_at"]),
            "created_at": _render_time(hearing["created_at"]),
            "closed": self._closed(hearing),
            "servicemap_url": hearing["servicemap_url"],
            "labels": [
                {"id": label["id"], "label": _translated(label["label"])} for label in hearing["labels"]
            ],
            "geojson": hearing["geojson"],
            "organization": hearing["organization"],
            "main_image": hearing["main_image"],
            "preview_url": hearing["preview_url"],
            "contact_persons": hearing["contact_persons"],
            "default_to_fullscreen": hearing["default_to_fullscreen"],
            "project": hearing["project"],
            "sections": [self._section(hearing, s, root=False) for s in self._served_sections(hearing)],
        }
        if not detail:
            for name in _LIST_ONLY:
                if name != "geojson" or not geojson:
                    shaped.pop(name)
        return self._drift("hearing", shaped)

    def _drift(self, kind: str, shaped: dict[str, Any]) -> dict[str, Any]:
        for name in self.omitted_fields.get(kind, ()):
            shaped.pop(name, None)
        shaped.update(self.extra_fields.get(kind, {}))
        return shaped

    # -- sections ------------------------------------------------------------------------------------

    def _section(self, hearing: dict[str, Any], section: dict[str, Any], *, root: bool) -> dict[str, Any]:
        shaped = {
            "id": section["id"],
            "type": section["type"],
            "commenting": section["commenting"],
            "commenting_map_tools": section["commenting_map_tools"],
            "voting": section["voting"],
            "title": _translated(section["title"]),
            "abstract": _translated(section["abstract"]),
            "content": _translated(section["content"]),
            "created_at": _render_time(section["created_at"]),
            "images": section["images"],
            "n_comments": self._count_comments(lambda c: c["section"] == section["id"]),
            "files": section["files"],
            "questions": [
                {
                    "id": q["id"],
                    "type": q["type"],
                    "text": _translated(q["text"]),
                    "n_answers": q["n_answers"],
                    "is_independent_poll": q["is_independent_poll"],
                    "options": [
                        {"id": o["id"], "text": _translated(o["text"]), "n_answers": o["n_answers"]}
                        for o in q["options"]
                    ],
                }
                for q in section["questions"]
            ],
            "type_name_singular": section["type_name_singular"],
            "type_name_plural": section["type_name_plural"],
            "plugin_identifier": section["plugin_identifier"],
            "plugin_data": section["plugin_data"],
            "plugin_fullscreen": section["plugin_fullscreen"],
        }
        if root:
            shaped["hearing"] = hearing["id"]
        return self._drift("section", shaped)

    def _section_list(self, request: Request) -> Reply:
        pairs = [
            (hearing, section)
            for hearing in sorted(self._hearings.values(), key=lambda h: h["created_at"])
            if self._visible(hearing) and request.params.get("hearing", hearing["id"]) == hearing["id"]
            for section in self._served_sections(hearing)
            if request.params.get("type", section["type"]) == section["type"]
        ]
        return self._page(request, pairs, lambda pair: self._section(pair[0], pair[1], root=True))

    # -- comments ------------------------------------------------------------------------------------

    def _replies(self) -> dict[int, list[int]]:
        replies: dict[int, list[int]] = {}
        for comment in sorted(self._comments.values(), key=lambda c: c["id"]):
            if comment["comment"] is not None:
                replies.setdefault(comment["comment"], []).append(comment["id"])
        return replies

    def _comment(
        self, comment: dict[str, Any], replies: dict[int, list[int]], *, root: bool, hide_author: bool
    ) -> dict[str, Any]:
        deleted = comment["deleted"]
        children = replies.get(comment["id"], [])
        shaped = {
            "id": comment["id"],
            "section": comment["section"],
            "hearing": comment["hearing"],
            "hearing_data": False,
            "content": DELETED_NOTICE if deleted else comment["content"],
            "author_name": None if hide_author else comment["author_name"],
            "n_votes": comment["n_votes"],
            "created_at": _render_time(comment["created_at"]),
            "is_registered": comment["is_registered"],
            "geojson": None if deleted else comment["geojson"],
            "map_comment_text": comment["map_comment_text"],
            "images": comment["images"],
            "label": comment["label"],
            "organization": comment["organization"],
            "flagged": comment["flagged"],
            "moderated": comment["moderated"],
            "edited": comment["edited"],
            "pinned": comment["pinned"],
            "language_code": comment["language_code"],
            "answers": comment["answers"],
            "comment": comment["comment"],
            "comments": children,
            "n_comments": len(children),
            "reply_to": comment["reply_to"],
            "deleted": deleted,
            "deleted_at": _render_time(comment["deleted_at"]),
            "deleted_by_type": comment["deleted_by_type"],
            "can_edit": False,
            "can_delete": False,
        }
        if not root:
            shaped.pop("hearing")
        if self.serve_creator_email:
            shaped["creator_email"] = comment["creator_email"]
        shaped.update(self._overrides.get(comment["id"], {}))
        return self._drift("comment", shaped)

    def _comment_list(self, request: Request) -> Reply:
        params = request.params
        try:
            after = _parse_filter_time(params["created_at__gt"]) if params.get("created_at__gt") else None
            before = _parse_filter_time(params["created_at__lt"]) if params.get("created_at__lt") else None
        except ValueError:
            name = "created_at__gt" if params.get("created_at__gt") else "created_at__lt"
            return Reply.json({name: ["Enter a valid date/time."]}, 400)
        comments = [
            c
            for c in self._comments.values()
            if self._visible(self._hearings[c["hearing"]])
            and params.get("hearing", c["hearing"]) == c["hearing"]
            and params.get("section", c["section"]) == c["section"]
            and params.get("comment", str(c["comment"])) == str(c["comment"])
            and (after is None or c["created_at"] > after)
            and (before is None or c["created_at"] < before)
        ]
        comments = self._ordered(comments, params.get("ordering"), _COMMENT_ORDERING, "-created_at")
        hide_author = not any(params.get(name) for name in _ROOT_FILTERS)
        replies = self._replies()
        return self._page(
            request, comments, lambda c: self._comment(c, replies, root=True, hide_author=hide_author)
        )

    def _section_comments(self, request: Request, id_or_slug: str, section_id: str) -> Reply:
        hearing = self._find_hearing(id_or_slug)
        if hearing is None or section_id not in {s["id"] for s in self._served_sections(hearing)}:
            return _not_found()
        comments = sorted(
            (c for c in self._comments.values() if c["section"] == section_id),
            key=lambda c: (c["created_at"], c["id"]),
        )
        replies = self._replies()
        return self._page(
            request,
            comments,
            lambda c: self._comment(c, replies, root=False, hide_author=False),
            paged_by_default=False,
        )


def main(argv: list[str] | None = None) -> int:
    return run_standalone(
        argv,
        KerrokantasiReplica.generated,
        prog="python -m harvester.testing.replicas.kerrokantasi",
        description="Serve a replica of Kerrokantasi's REST API with generated hearings and comments on loopback.",
        port=8312,
        records=2000,
        records_help="how many comments to generate",
        banner="Kerrokantasi replica with {records} comments at {url}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
