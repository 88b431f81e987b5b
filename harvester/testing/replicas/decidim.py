"""A loopback replica of OmaStadi (Decidim 0.27 with Helsinki's API settings): GraphQL at `/api`.

It speaks the parts of Decidim's public GraphQL API that the harvester reads, with the behaviour of
graphql-ruby 1.12 as Decidim configures it, because the harvester must live within it:
- POST `/api` with `{"query", "variables"}`; errors come back as HTTP 200 with an `errors` array;
- Relay connections (`first`/`after`/`last`/`before`, `edges{cursor node}`, `nodes`, `pageInfo`), page size
  capped at `max_page_size` (Helsinki: 200); offset cursors as graphql-ruby makes them (base64 of the index);
- static analysis before execution: unknown fields are refused, depth over `max_depth` (15) and complexity
  over `max_complexity` (300) are refused with graphql-ruby's messages. Complexity is charged like
  graphql-ruby: every field 1 plus its children; a connection `page size × its node selection` with the page
  size from `first`/`last`, or the maximum when absent; lists are not multiplied; of several type
  conditions the dearest counts;
- the 0.27 types: `Project.budget_amount` and `Budget.total_budget` are not camel-cased, `Budget.projects`
  is a plain list, there is no vote count on a project; `Proposal.voteCount` is null while votes are hidden;
  authors, co-authors and endorsers are served with name, nickname, avatar and profile path (the harvester
  must never publish them);
- `votes_api=True` replicates a newer Decidim whose `Project.confirmedVotes` answers only when the
  component shows votes (`show_votes`), else null;
- `/open-data/download` redirects to a zip of `;`-separated CSV files (Decidim's open-data export), whose
  projects file carries `confirmed_votes` (per-budget checked-out orders, not voters).
Run standalone: `python -m harvester.testing.replicas.decidim --port 8300 --records 500 --seed 1`.
"""

from __future__ import annotations

import argparse
import base64
import copy
import csv
import io
import json
import random
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.decidim_data import HOST, format_datetime, generate_omastadi, more_proposals
from harvester.testing.replicas.graphql import (
    Dialect,
    Document,
    Field,
    Fragment,
    GraphQLError,
    Selection,
    Spread,
    Token,
    bind,
    parse,
)

EXPORT_BLOB_PATH = f"/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnt9/{HOST}-open-data.zip"

# -- the GraphQL schema (the part replicated) ------------------------------------------------------------

TRANSLATED = "TranslatedField"

_OBJECT_FIELDS: dict[str, dict[str, str]] = {
    "Query": {
        "participatoryProcesses": "[ParticipatoryProcess]",
        "participatoryProcess": "ParticipatoryProcess",
        "component": "Component",
        "__type": "__Type",
    },
    "ParticipatoryProcess": {
        "id": "ID",
        "slug": "String",
        "title": TRANSLATED,
        "subtitle": TRANSLATED,
        "publishedAt": "DateTime",
        "components": "[Component]",
    },
    "Budgets": {
        "id": "ID",
        "name": TRANSLATED,
        "weight": "Int",
        "budgets": "BudgetConnection",
        "budget": "Budget",
    },
    "Proposals": {
        "id": "ID",
        "name": TRANSLATED,
        "weight": "Int",
        "proposals": "ProposalConnection",
        "proposal": "Proposal",
    },
    "Pages": {"id": "ID", "name": TRANSLATED, "weight": "Int"},
    "Budget": {
        "id": "ID",
        "title": TRANSLATED,
        "description": TRANSLATED,
        "total_budget": "Int",
        "scope": "Scope",
        "createdAt": "DateTime",
        "updatedAt": "DateTime",
        "projects": "[Project]",
    },
    "Project": {
        "id": "ID",
        "title": TRANSLATED,
        "description": TRANSLATED,
        "budget_amount": "Int",
        "selected": "Boolean",
        "createdAt": "DateTime",
        "updatedAt": "DateTime",
        "reference": "String",
        "scope": "Scope",
        "category": "Category",
        "attachments": "[Attachment]",
        "totalCommentsCount": "Int",
        "comments": "[Comment]",
    },
    "Proposal": {
        "id": "ID",
        "title": TRANSLATED,
        "body": TRANSLATED,
        "address": "String",
        "coordinates": "Coordinates",
        "reference": "String",
        "state": "String",
        "answer": TRANSLATED,
        "answeredAt": "DateTime",
        "publishedAt": "DateTime",
        "participatoryTextLevel": "String",
        "position": "Int",
        "official": "Boolean",
        "createdInMeeting": "Boolean",
        "voteCount": "Int",
        "endorsementsCount": "Int",
        "endorsements": "[Author]",
        "author": "Author",
        "authors": "[Author]",
        "authorsCount": "Int",
        "scope": "Scope",
        "category": "Category",
        "attachments": "[Attachment]",
        "totalCommentsCount": "Int",
        "comments": "[Comment]",
        "createdAt": "DateTime",
        "updatedAt": "DateTime",
    },
    "User": {
        "id": "ID",
        "name": "String",
        "nickname": "String",
        "avatarUrl": "String",
        "profilePath": "String",
        "badge": "String",
        "organizationName": "String",
        "deleted": "Boolean",
    },
    "Comment": {"id": "ID", "body": "String", "author": "Author", "createdAt": "DateTime"},
    "Attachment": {"url": "String", "type": "String", "thumbnail": "String"},
    "Coordinates": {"latitude": "Float", "longitude": "Float"},
    "Scope": {"id": "ID", "name": TRANSLATED},
    "Category": {"id": "ID", "name": TRANSLATED},
    TRANSLATED: {"locales": "[String]", "translations": "[LocalizedString]", "translation": "String"},
    "LocalizedString": {"locale": "String", "text": "String"},
    "PageInfo": {
        "hasNextPage": "Boolean",
        "hasPreviousPage": "Boolean",
        "startCursor": "String",
        "endCursor": "String",
    },
    "__Type": {"name": "String", "kind": "String", "fields": "[__Field]"},
    "__Field": {"name": "String"},
}
for _node in ("Budget", "Proposal"):
    _OBJECT_FIELDS[f"{_node}Connection"] = {
        "edges": f"[{_node}Edge]",
        "nodes": f"[{_node}]",
        "pageInfo": "PageInfo",
    }
    _OBJECT_FIELDS[f"{_node}Edge"] = {"cursor": "String", "node": _node}

_INTERFACES: dict[str, dict[str, str]] = {
    "Component": {"id": "ID", "name": TRANSLATED, "weight": "Int"},
    "Author": _OBJECT_FIELDS["User"],
}
_SCALARS = {"ID", "String", "Int", "Float", "Boolean", "DateTime"}


def _base(type_ref: str) -> tuple[str, bool]:
    """`[Project]` → ("Project", True)."""
    return (type_ref[1:-1], True) if type_ref.startswith("[") else (type_ref, False)


# -- graphql-ruby's wording of the errors of reading a query --------------------------------------------


class GraphQLRubyDialect(Dialect):
    """graphql-ruby 1.12: fragments and aliases are read; every error is HTTP 200 with an `errors` array."""

    status = 200
    only_queries = "Only queries are replicated (the public API is read-only here)"
    one_operation = "Expected exactly one operation in the document"

    def unexpected_character(self, char: str, line: int, column: int) -> str:
        return f'Parse error on "{char}" (error) at [{line}, {column}]'

    def unterminated_string(self, line: int, column: int) -> str:
        return f"Parse error on unterminated string at [{line}, {column}]"

    def invalid_number(self, literal: str, line: int, column: int) -> str:
        return f'Parse error on "{literal}" at [{line}, {column}]'

    def unexpected_token(self, token: Token | None, kind: str, value: str | None) -> str:
        if token is None:
            return f"Parse error on end of input (expected {value or kind})"
        return f'Parse error on "{token.value}" ({token.kind}) at [{token.line}, {token.column}]'


GRAPHQL_RUBY = GraphQLRubyDialect()


# -- the replica -----------------------------------------------------------------------------------------


@dataclass
class Limits:
    """Helsinki's schema settings (`lib/decidim/api/schema.rb`)."""

    max_page_size: int = 200
    max_depth: int = 15
    max_complexity: int = 300


def _cursor(index: int) -> str:
    """graphql-ruby's offset cursor: base64 of the 1-based position."""
    return base64.b64encode(str(index).encode()).decode().rstrip("=")


def _offset(cursor: Any) -> int:
    text = str(cursor)
    try:
        return int(base64.b64decode(text + "=" * (-len(text) % 4)).decode())
    except ValueError:
        raise GraphQLError(f"Invalid cursor: {text!r}") from None


class DecidimReplica(ReplicaServer):
    """OmaStadi's Decidim 0.27 on 127.0.0.1: participatory processes with budgets and proposals components.

    `processes` are dicts shaped like the API's objects (translated fields as `{locale: text}`, authors
    in full). `votes_api` adds `Project.confirmedVotes` (a newer Decidim), answered only when `show_votes`;
    `proposal_votes_hidden` nulls `Proposal.voteCount`; `open_data_export` serves the zip export.
    """

    def __init__(
        self,
        processes: Iterable[dict[str, Any]] = (),
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        limits: Limits | None = None,
        votes_api: bool = False,
        show_votes: bool = True,
        proposal_votes_hidden: bool = False,
        open_data_export: bool = True,
        planted: dict[str, set[str]] | None = None,
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self.limits = limits or Limits()
        self.votes_api = votes_api
        self.show_votes = show_votes
        self.proposal_votes_hidden = proposal_votes_hidden
        self.open_data_export = open_data_export
        self.planted: dict[str, set[str]] = planted if planted is not None else {}
        self.processes: list[dict[str, Any]] = list(processes)
        self._rng = random.Random(seed + 1)
        self._data_lock = threading.RLock()
        self._fields = copy.deepcopy(_OBJECT_FIELDS)
        if votes_api:
            self._fields["Project"]["confirmedVotes"] = "Int"

    @classmethod
    def generated(cls, seed: int = 0, records: int = 500, **kwargs: Any) -> DecidimReplica:
        """Two OmaStadi rounds with `records` proposals and about a third as many budget projects."""
        data = generate_omastadi(seed, records)
        return cls(data.processes, seed=seed, planted=data.planted, **kwargs)

    # -- what tests read and change ------------------------------------------------------------------

    def components(self, typename: str) -> list[dict[str, Any]]:
        return [c for p in self.processes for c in p["components"] if c["__typename"] == typename]

    def projects(self) -> dict[str, dict[str, Any]]:
        """Every project by id (the stored objects, not copies)."""
        with self._data_lock:
            return {
                project["id"]: project
                for component in self.components("Budgets")
                for budget in component["budgets"]
                for project in budget["projects"]
            }

    def proposals(self) -> dict[str, dict[str, Any]]:
        """Every published proposal by id (the stored objects, not copies)."""
        with self._data_lock:
            return {p["id"]: p for c in self.components("Proposals") for p in c["proposals"]}

    def extend_type(self, type_name: str, field_name: str, type_ref: str) -> None:
        """Give a type a new field (schema drift: a Decidim upgrade); it answers null unless stored."""
        self._fields[type_name][field_name] = type_ref

    def remove_field(self, type_name: str, field_name: str) -> None:
        """Take a field away from a type, as an upgrade that renames it would."""
        self._fields[type_name].pop(field_name, None)

    def add_proposals(self, n: int) -> list[str]:
        """Publish `n` new proposals in the newest process; returns their ids."""
        with self._data_lock:
            component = self.components("Proposals")[-1]
            new = more_proposals(self._rng, self.planted, self.proposals(), n)
            component["proposals"].extend(new)
        return [p["id"] for p in new]

    def answer_proposals(self, n: int) -> list[str]:
        """Answer `n` unanswered proposals (state, answer) and endorse them once more; returns their ids."""
        with self._data_lock:
            open_ids = sorted(i for i, p in self.proposals().items() if p["state"] is None)
            chosen = self._rng.sample(open_ids, min(n, len(open_ids)))
            for proposal_id in chosen:
                proposal = self.proposals()[proposal_id]
                proposal["state"] = self._rng.choice(["accepted", "rejected", "evaluating"])
                proposal["answer"] = {"fi": "Ehdotus on käsitelty.", "sv": "", "en": ""}
                proposal["endorsementsCount"] += 1
                proposal["updatedAt"] = format_datetime(datetime.now(UTC))
        return chosen

    def hide_proposals(self, ids: Iterable[str]) -> None:
        """Moderate proposals away: hidden resources are no longer served."""
        wanted = set(ids)
        with self._data_lock:
            for component in self.components("Proposals"):
                component["proposals"] = [p for p in component["proposals"] if p["id"] not in wanted]

    # -- HTTP ----------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.path in ("/api", "/api/"):
            if request.method != "POST":
                return Reply(404, b"Not Found", "text/plain")
            return self._graphql(request.body)
        if request.path == "/open-data/download":
            if not self.open_data_export:
                return Reply(
                    404,
                    b"<html><body>The page you were looking for doesn't exist.</body></html>",
                    "text/html",
                )
            return Reply(302, b"", "text/html", {"Location": EXPORT_BLOB_PATH})
        if request.path == EXPORT_BLOB_PATH and self.open_data_export:
            return Reply(200, self.export_zip(), "application/zip")
        return Reply(404, b"<html><body>Not Found</body></html>", "text/html")

    def _graphql(self, body: bytes) -> Reply:
        try:
            payload = json.loads(body or b"{}")
        except json.JSONDecodeError:
            return Reply.json({"errors": [{"message": "Unexpected end of input"}]})
        query = payload.get("query") if isinstance(payload, dict) else None
        if not isinstance(query, str) or not query.strip():
            return Reply.json({"errors": [{"message": "No query string was present"}]})
        variables = payload.get("variables") or {}
        if isinstance(variables, str):
            variables = json.loads(variables or "{}")
        try:
            document = parse(query, GRAPHQL_RUBY)
            variables = {**document.variable_defaults, **variables}
            self._analyse(document, variables)
            with self._data_lock:
                data = self._select("Query", {}, document.selections, document, variables)
        except GraphQLError as exc:
            return Reply.json({"errors": [{"message": str(exc)}]})
        return Reply.json({"data": data})

    # -- static analysis: fields, depth, complexity --------------------------------------------------

    def _fields_of(self, type_name: str) -> dict[str, str]:
        return _INTERFACES.get(type_name) or self._fields[type_name]

    def _possible(self, type_name: str, condition: str | None) -> str:
        if condition is None or condition == type_name:
            return type_name
        if condition in self._fields or condition in _INTERFACES:
            return condition
        raise GraphQLError(f"No such type {condition}, so it can't be a fragment condition")

    def _analyse(self, document: Document, variables: dict[str, Any]) -> None:
        depth = self._depth("Query", document.selections, document)
        if depth > self.limits.max_depth:
            raise GraphQLError(
                f"Query has depth of {depth}, which exceeds max depth of {self.limits.max_depth}"
            )
        complexity = self._complexity("Query", document.selections, document, variables)
        if complexity > self.limits.max_complexity:
            raise GraphQLError(
                f"Query has complexity of {complexity}, which exceeds max complexity of {self.limits.max_complexity}"
            )

    def _expand(self, selections: list[Selection], document: Document) -> list[Field | Fragment]:
        expanded: list[Field | Fragment] = []
        for selection in selections:
            if isinstance(selection, Spread):
                if selection.name not in document.fragments:
                    raise GraphQLError(f"Fragment {selection.name} was used, but not defined")
                expanded.append(document.fragments[selection.name])
            else:
                expanded.append(selection)
        return expanded

    def _field_type(self, type_name: str, item: Field) -> str:
        if item.name == "__typename":
            return "String"
        fields = self._fields_of(type_name)
        if item.name not in fields:
            raise GraphQLError(f"Field '{item.name}' doesn't exist on type '{type_name}'")
        return fields[item.name]

    def _depth(self, type_name: str, selections: list[Selection], document: Document) -> int:
        deepest = 0
        for item in self._expand(selections, document):
            if isinstance(item, Fragment):
                inner = self._possible(type_name, item.type_condition)
                deepest = max(deepest, self._depth(inner, item.selections, document))
                continue
            child, _ = _base(self._field_type(type_name, item))
            below = self._depth(child, item.selections, document) if item.selections else 0
            if not item.selections and child not in _SCALARS:
                raise GraphQLError(
                    f"Field must have selections (field '{item.name}' returns {child} but has no selections. "
                    f"Did you mean '{item.name} {{ ... }}'?)"
                )
            if item.name.startswith("__"):
                continue  # introspection does not count toward depth
            deepest = max(deepest, 1 + below)
        return deepest

    def _complexity(
        self, type_name: str, selections: list[Selection], document: Document, variables: dict[str, Any]
    ) -> int:
        direct = 0
        by_condition: dict[str, int] = {}
        for item in self._expand(selections, document):
            if isinstance(item, Fragment):
                inner = self._possible(type_name, item.type_condition)
                cost = self._complexity(inner, item.selections, document, variables)
                if inner == type_name:
                    direct += cost
                else:
                    by_condition[inner] = by_condition.get(inner, 0) + cost
                continue
            if item.name == "__typename":
                continue
            child, _ = _base(self._field_type(type_name, item))
            if child.endswith("Connection"):
                direct += 1 + self._connection_cost(child, item, document, variables)
            elif item.selections:
                direct += 1 + self._complexity(child, item.selections, document, variables)
            else:
                direct += 1
        return direct + max(by_condition.values(), default=0)

    def _page_size(self, item: Field, variables: dict[str, Any]) -> int:
        first = bind(item.args.get("first"), variables)
        last = bind(item.args.get("last"), variables)
        for name, value in (("first", first), ("last", last)):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise GraphQLError(
                    f"Argument '{name}' on Field '{item.alias}' has an invalid value ({value!r})"
                )
        asked = [value for value in (first, last) if value is not None]
        return min(max(asked), self.limits.max_page_size) if asked else self.limits.max_page_size

    def _connection_cost(
        self, connection: str, item: Field, document: Document, variables: dict[str, Any]
    ) -> int:
        page = self._page_size(item, variables)
        cost = 0
        for child in self._expand(item.selections, document):
            if isinstance(child, Fragment):
                cost += self._complexity(connection, child.selections, document, variables)
                continue
            if child.name == "__typename":
                continue
            inner, _ = _base(self._field_type(connection, child))
            below = 1 + (
                self._complexity(inner, child.selections, document, variables) if child.selections else 0
            )
            cost += page * below if child.name in ("nodes", "edges") else below
        return cost

    # -- execution -----------------------------------------------------------------------------------

    def _concrete(self, type_name: str, obj: dict[str, Any]) -> str:
        return obj.get("__typename", type_name) if type_name in _INTERFACES else type_name

    def _select(
        self,
        type_name: str,
        obj: dict[str, Any],
        selections: list[Selection],
        document: Document,
        variables: dict[str, Any],
    ) -> dict[str, Any]:
        concrete = self._concrete(type_name, obj)
        result: dict[str, Any] = {}
        for item in self._expand(selections, document):
            if isinstance(item, Fragment):
                condition = item.type_condition
                if condition in (None, concrete, type_name) or (
                    condition in _INTERFACES and concrete in self._implementations(condition)
                ):
                    result.update(self._select(concrete, obj, item.selections, document, variables))
                continue
            if item.name == "__typename":
                result[item.alias] = concrete
                continue
            type_ref = self._field_type(concrete, item)
            args = {key: bind(value, variables) for key, value in item.args.items()}
            value = self._resolve(concrete, obj, item.name, args)
            result[item.alias] = self._complete(type_ref, value, item, document, variables)
        return result

    def _implementations(self, interface: str) -> set[str]:
        return {"Budgets", "Proposals", "Pages"} if interface == "Component" else {"User"}

    def _complete(
        self, type_ref: str, value: Any, item: Field, document: Document, variables: dict[str, Any]
    ) -> Any:
        if value is None:
            return None
        child, is_list = _base(type_ref)
        if child in _SCALARS:
            return value
        if is_list:
            return [
                None if v is None else self._select(child, v, item.selections, document, variables)
                for v in value
            ]
        return self._select(child, value, item.selections, document, variables)

    def _resolve(self, type_name: str, obj: dict[str, Any], name: str, args: dict[str, Any]) -> Any:
        if type_name == "Query":
            return self._root(name, args)
        if type_name == TRANSLATED:
            return self._translated(obj, name, args)
        if name in ("budgets", "proposals") and type_name in ("Budgets", "Proposals"):
            return self._connection(obj[name], args)
        if name in ("budget", "proposal") and type_name in ("Budgets", "Proposals"):
            return next((o for o in obj[f"{name}s"] if o["id"] == str(args.get("id"))), None)
        if type_name == "Project" and name == "confirmedVotes":
            return obj.get("confirmed_votes") if self._shows_votes(obj) else None
        if type_name == "Proposal" and name == "voteCount" and self.proposal_votes_hidden:
            return None
        if type_name == "Proposal" and name == "authorsCount":
            return len(obj.get("authors") or [])
        if type_name == "Proposal" and name == "totalCommentsCount":
            return 0
        if type_name == "Project" and name == "totalCommentsCount":
            return 0
        return obj.get(name)

    def _shows_votes(self, project: dict[str, Any]) -> bool:
        return self.show_votes

    def _root(self, name: str, args: dict[str, Any]) -> Any:
        if name == "participatoryProcesses":
            return self.processes
        if name == "participatoryProcess":
            wanted_id, slug = args.get("id"), args.get("slug")
            return next(
                (
                    p
                    for p in self.processes
                    if (wanted_id is not None and p["id"] == str(wanted_id)) or p["slug"] == slug
                ),
                None,
            )
        if name == "component":
            wanted = str(args.get("id"))
            return next((c for p in self.processes for c in p["components"] if c["id"] == wanted), None)
        if name == "__type":
            type_name = str(args.get("name"))
            fields = self._fields.get(type_name) or _INTERFACES.get(type_name)
            if fields is None:
                return None
            kind = "INTERFACE" if type_name in _INTERFACES else "OBJECT"
            return {"name": type_name, "kind": kind, "fields": [{"name": n} for n in fields]}
        return None

    @staticmethod
    def _translated(obj: dict[str, Any], name: str, args: dict[str, Any]) -> Any:
        if name == "locales":
            return list(obj)
        if name == "translation":
            return obj.get(str(args.get("locale")))
        wanted = args.get("locales")
        return [
            {"locale": locale, "text": text}
            for locale, text in obj.items()
            if not isinstance(text, dict) and (not wanted or locale in wanted)
        ]

    def _connection(self, items: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
        start = _offset(args["after"]) if args.get("after") else 0
        end = _offset(args["before"]) - 1 if args.get("before") else len(items)
        window = list(enumerate(items[start:end], start + 1))
        first, last = args.get("first"), args.get("last")
        if first is None and last is None:
            first = self.limits.max_page_size
        if first is not None:
            window = window[: min(first, self.limits.max_page_size)]
        if last is not None:
            window = window[-min(last, self.limits.max_page_size) :] if last else []
        edges = [{"cursor": _cursor(index), "node": node} for index, node in window]
        has_next = bool(window) and window[-1][0] < min(end, len(items))
        return {
            "edges": edges,
            "nodes": [node for _, node in window],
            "pageInfo": {
                "hasNextPage": has_next,
                "hasPreviousPage": bool(window) and window[0][0] > 1,
                "startCursor": edges[0]["cursor"] if edges else None,
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
        }

    # -- the open-data export ------------------------------------------------------------------------

    def export_zip(self) -> bytes:
        """Decidim's open-data zip: one `;`-separated CSV per resource, nested keys flattened with `/`."""
        buffer = io.BytesIO()
        with self._data_lock, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{HOST}-open-data-projects.csv", self._projects_csv())
            archive.writestr(f"{HOST}-open-data-results.csv", "id;title/fi\n")
        return buffer.getvalue()

    def _projects_csv(self) -> str:
        locales = ("fi", "sv", "en")
        columns = (
            ["id", "category/id"]
            + [f"category/name/{lo}" for lo in locales]
            + ["scope/id"]
            + [f"scope/name/{lo}" for lo in locales]
            + ["participatory_space/id", "participatory_space/url", "component/id"]
            + [f"title/{lo}" for lo in locales]
            + [f"description/{lo}" for lo in locales]
            + ["budget/id", "budget_amount", "confirmed_votes", "comments", "created_at", "url"]
        )
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(columns)
        for process in self.processes:
            for component in process["components"]:
                if component["__typename"] != "Budgets":
                    continue
                for budget in component["budgets"]:
                    for project in budget["projects"]:
                        category = project.get("category") or {}
                        scope = project.get("scope") or {}
                        writer.writerow(
                            [project["id"], category.get("id", "")]
                            + [(category.get("name") or {}).get(lo, "") for lo in locales]
                            + [scope.get("id", "")]
                            + [(scope.get("name") or {}).get(lo, "") for lo in locales]
                            + [process["id"], f"https://{HOST}/processes/{process['slug']}", component["id"]]
                            + [project["title"].get(lo, "") for lo in locales]
                            + [project["description"].get(lo, "") for lo in locales]
                            + [
                                budget["id"],
                                project["budget_amount"],
                                project.get("confirmed_votes", 0),
                                0,
                                project["createdAt"],
                                f"https://{HOST}/processes/{process['slug']}/f/{component['id']}/budgets/"
                                f"{budget['id']}/projects/{project['id']}",
                            ]
                        )
        return out.getvalue()


def _votes_api_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--votes-api", action="store_true", help="replicate a newer Decidim with Project.confirmedVotes"
    )


def main(argv: list[str] | None = None) -> int:
    return run_standalone(
        argv,
        DecidimReplica.generated,
        prog="python -m harvester.testing.replicas.decidim",
        description="Serve a replica of OmaStadi's Decidim 0.27 GraphQL API (and open-data export) on loopback.",
        port=8300,
        records=500,
        records_help="how many proposals to generate",
        banner="Decidim replica with {records} proposals: GraphQL at {url}/api",
        add_arguments=_votes_api_option,
    )


if __name__ == "__main__":
    raise SystemExit(main())
