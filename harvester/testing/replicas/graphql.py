"""GraphQL for the replicas: the real servers' schemas, read and enforced by graphql-core.

Both GraphQL replicas (tilavarauspalvelu on graphene, Decidim on graphql-ruby) build their schema from the
upstream's own schema file in `harvester/testing/replicas/schemas/` (provenance in its README), validate every query
against it with graphql-core's standard rules, exactly as a GraphQL server does before executing, and then
execute it with resolvers over the replica's data. So a field the real type lacks, a wrong argument or a
missing selection is refused here as there; only the wording of messages differs between the servers
(`refusal_status` and the replica's own messages say how each one answers).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    build_schema,
    execute,
    extend_schema,
    parse,
    validate,
)

SCHEMAS = Path(__file__).parent / "schemas"
TILAVARAUSPALVELU_SDL = "tilavarauspalvelu-79f937a.graphql"
DECIDIM_SDL = "decidim-helsinki-0.27.9.graphql"


@cache
def schema_text(filename: str) -> str:
    """The SDL of one upstream schema file (read once per process)."""
    return (SCHEMAS / filename).read_text(encoding="utf-8")


def load_schema(filename: str, extension: str | None = None) -> GraphQLSchema:
    """A fresh schema object (replicas attach their resolvers to it); `extension` is SDL such as
    `extend type Project { confirmedVotes: Int }` for replicating a newer release or schema drift."""
    schema = build_schema(schema_text(filename))
    if extension:
        schema = extend_schema(schema, parse(extension))
    return schema


class RequestRefused(Exception):
    """A query the server refuses before executing it; `messages` are graphql-core's, in order."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass
class GraphQLRequest:
    """One decoded `POST` body: the query text, its variables and the operation name."""

    query: str
    variables: dict[str, Any] = field(default_factory=dict)
    operation_name: str | None = None


def read_request(body: bytes) -> GraphQLRequest:
    """Decode `{"query", "variables", "operationName"}`; RequestRefused with the server-like message."""
    try:
        payload = json.loads(body or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise RequestRefused(["The request body is not JSON."]) from None
    if not isinstance(payload, dict):
        raise RequestRefused(["The request body is not a JSON object."])
    query = payload.get("query")
    if not isinstance(query, str) or not query.strip():
        raise RequestRefused(["Must provide query string."])
    variables = payload.get("variables") or {}
    if isinstance(variables, str):
        try:
            variables = json.loads(variables or "{}")
        except json.JSONDecodeError:
            raise RequestRefused(["Variables are invalid JSON."]) from None
    if not isinstance(variables, dict):
        raise RequestRefused(["Variables are invalid JSON."])
    name = payload.get("operationName")
    return GraphQLRequest(query, variables, name if isinstance(name, str) else None)


def checked_document(schema: GraphQLSchema, query: str) -> DocumentNode:
    """The parsed query, validated against `schema`; RequestRefused with every problem otherwise."""
    try:
        document = parse(query)
    except GraphQLError as exc:
        raise RequestRefused([exc.message]) from None
    errors = validate(schema, document)
    if errors:
        raise RequestRefused([error.message for error in errors])
    return document


def problems(schema: GraphQLSchema, query: str) -> list[str]:
    """What the server would refuse in `query` (empty when it validates): for tests of the harvester's queries."""
    try:
        checked_document(schema, query)
    except RequestRefused as refused:
        return refused.messages
    return []


def run(
    schema: GraphQLSchema,
    document: DocumentNode,
    request: GraphQLRequest,
    *,
    context: Any = None,
) -> dict[str, Any]:
    """Execute a validated document: `{"data": ...}` plus `errors` when a resolver refused part of it."""
    result = execute(
        schema,
        document,
        root_value={},
        context_value=context,
        variable_values=request.variables,
        operation_name=request.operation_name,
    )
    answer: dict[str, Any] = {"data": result.data}
    if result.errors:
        answer["errors"] = [error.formatted for error in result.errors]
    return answer


def resolve(schema: GraphQLSchema, type_name: str, field_name: str, resolver: Callable[..., Any]) -> None:
    """Attach `resolver(obj, info, **args)` to one field of the schema (which must have it)."""
    graphql_type = schema.get_type(type_name)
    fields = getattr(graphql_type, "fields", None)
    if not fields or field_name not in fields:
        raise KeyError(f"the schema has no field {type_name}.{field_name}")
    fields[field_name].resolve = resolver


@dataclass(frozen=True)
class Page:
    """One page of a Relay connection: the window of items and where it starts (0-based)."""

    items: list[Any]
    start: int
    total: int


def page_of(
    items: list[Any],
    *,
    first: int | None,
    last: int | None,
    after_index: int | None,
    before_index: int | None,
    default_size: int,
) -> Page:
    """The Relay window (`after`/`before` as 0-based indices of the cursors' items), capped at `default_size`
    when neither `first` nor `last` is given."""
    start = after_index + 1 if after_index is not None else 0
    end = before_index if before_index is not None else len(items)
    window = list(range(start, max(start, min(end, len(items)))))
    if first is None and last is None:
        first = default_size
    if first is not None:
        window = window[:first]
    if last is not None:
        window = window[-last:] if last else []
    begin = window[0] if window else start
    return Page([items[i] for i in window], begin, len(items))


def connection(page: Page, cursor: Callable[[int], str], *, total_count: bool = False) -> dict[str, Any]:
    """The connection object (`edges`, `nodes`, `pageInfo`, and `totalCount` when the type has it)."""
    edges = [{"cursor": cursor(page.start + i), "node": node} for i, node in enumerate(page.items)]
    end = page.start + len(page.items)
    answer: dict[str, Any] = {
        "edges": edges,
        "nodes": list(page.items),
        "pageInfo": {
            "hasNextPage": end < page.total,
            "hasPreviousPage": page.start > 0,
            "startCursor": edges[0]["cursor"] if edges else None,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
    }
    if total_count:
        answer["totalCount"] = page.total
    return answer
