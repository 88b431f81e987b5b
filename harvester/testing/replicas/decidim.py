"""A loopback replica of OmaStadi (Decidim 0.27.9 with Helsinki's modules): GraphQL at `/api`, open-data export.

The schema is OmaStadi's own (`harvester/testing/replicas/schemas/decidim-helsinki-0.27.9.graphql`, rebuilt from the
API documentation pages City-of-Helsinki/decidim-helsinki generates, commit
a3bdbea9fc39d6bcfc457d1c2869e50e4e6b0a8a): graphql-core validates every query against it before it runs,
so a field OmaStadi lacks is refused here as there. Behaviours and where they come from:
- POST `/api`, every answer HTTP 200 with `data` and/or `errors` (graphql-ruby 1.12 as Decidim mounts it);
  the messages of validation errors are graphql-core's wording, not graphql-ruby's (a guess at nothing:
  the harvester reads only that there are errors, and the limits' messages below, which are graphql-ruby's);
- Helsinki's limits (decidim-helsinki lib/decidim/api/schema.rb): page size 200, depth 15, complexity 300,
  charged like graphql-ruby: every field 1 plus its children; a connection `page size × its node selection`
  with the page size from `first`/`last` or the maximum; of several type conditions the dearest counts;
- `Project.budgetAmount` (the maximum), `budgetAmountMin` and the deprecated `budget_amount` (= budgetAmount)
  from Helsinki's budgeting module (decidim-helsinki app/views/static/api/docs/object/project/index.html,
  db/migrate/20231124125627_add_min_budget_amount_to_project.decidim_budgeting_pipeline.rb); no vote count on
  a project in 0.27.9; `votes_api=True` replicates a newer Decidim whose `Project.confirmedVotes` answers only
  while the component shows votes (decidim/decidim decidim-budgets/lib/decidim/api/project_type.rb, newest);
- proposals: the API lists every *published* proposal, those hidden by moderation included
  (decidim/decidim decidim-proposals, 0.27 `ProposalListHelper#query_scope` = `super.published`);
  `Proposal.voteCount` is null while votes are hidden (`proposal_votes_hidden`); authors, co-authors and
  endorsers are served with name, nickname, avatar and profile path, which the harvester must never publish;
- ideas (mainio/decidim-module-ideas release/0.27-stable at 577662c102be3efd55d88be704a7b43a9a708554,
  app/services/decidim/ideas/ideas_search_resolver.rb) and plans (mainio/decidim-module-plans release/0.27-stable
  at 2a451b0da47d96aebe689d4e3e9be6bb70ae440a, lib/decidim/api/plans_type.rb `PlanListHelper`): the API leaves
  out hidden ones itself (`.published.not_hidden`), and withdrawn plans (`except_withdrawn`);
- `/open-data/download` redirects to the zip of `;`-separated CSVs when the export exists
  (decidim-core app/controllers/decidim/open_data_controller.rb); without one it schedules its generation and
  answers `redirect_back fallback_location: root_path`: a 302 to an HTML page, never 404. The projects file
  carries `confirmed_votes` = finished orders plus paper ballots (mainio/decidim-module-budgeting_pipeline
  release/0.27-stable at 4afe8905e9d351bf401718dfefc92c3c04f6ba76,
  app/model/concerns/decidim/budgeting_pipeline/project_extensions.rb `confirmed_orders_count`) even while the
  site hides votes (decidim/decidim#12348); the proposals file leaves hidden proposals out (decidim/decidim#10630,
  backported to 0.27 in #10661: `.published.not_hidden`); the ideas file likewise (ideas component.rb exports).
  The export is a snapshot taken when the replica starts and at each `regenerate_export()`: it neither lists
  newer resources nor drops ones hidden since; real sites regenerate it on a schedule (how often OmaStadi does
  is not known here).
Run standalone: `python -m harvester.testing.replicas.decidim --port 8300 --records 500 --seed 1`.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import random
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    SelectionSetNode,
    Undefined,
    assert_valid_schema,
    get_named_type,
    introspection_types,
    value_from_ast,
)

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.decidim_data import HOST, format_datetime, generate_omastadi, more_proposals
from harvester.testing.replicas.graphql import (
    DECIDIM_SDL,
    RequestRefused,
    checked_document,
    connection,
    load_schema,
    page_of,
    read_request,
    resolve,
    run,
)

EXPORT_BLOB_PATH = f"/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnt9/{HOST}-open-data.zip"
HOME_PAGE = b"<!DOCTYPE html><html lang='fi'><head><title>OmaStadi</title></head><body>OmaStadi</body></html>"
VOTES_API_EXTENSION = "extend type Project { confirmedVotes: Int }"
LOCALES = ("fi", "sv", "en")


@dataclass
class Limits:
    """Helsinki's schema settings (`lib/decidim/api/schema.rb`)."""

    max_page_size: int = 200
    max_depth: int = 15
    max_complexity: int = 300


def _cursor(index: int) -> str:
    """graphql-ruby's offset cursor: base64 of the 1-based position (`index` is 0-based)."""
    return base64.b64encode(str(index + 1).encode()).decode().rstrip("=")


def _index(cursor: Any) -> int:
    text = str(cursor)
    try:
        return int(base64.b64decode(text + "=" * (-len(text) % 4)).decode()) - 1
    except ValueError:
        raise GraphQLError(f"Invalid cursor: {text!r}") from None


class DecidimReplica(ReplicaServer):
    """OmaStadi on 127.0.0.1: participatory processes with proposals, ideas, plans and budgets components.

    `processes` are dicts shaped like the API's objects (translated fields as `{locale: text}`, authors in
    full, a `hidden` flag for moderated resources). `votes_api` adds `Project.confirmedVotes` (a newer
    Decidim), answered only when `show_votes`; `proposal_votes_hidden` nulls `Proposal.voteCount`;
    `open_data_export` serves the zip export, else the download redirects to the home page.
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
        self._exported: set[tuple[str, str]] = set()
        self.regenerate_export()
        self._extensions: list[str] = [VOTES_API_EXTENSION] if votes_api else []
        self.schema = self._schema()

    @classmethod
    def generated(cls, seed: int = 0, records: int = 500, **kwargs: Any) -> DecidimReplica:
        """Two OmaStadi rounds with `records` proposals, a third as many ideas, budgets and projects, plans."""
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
        """Every published proposal by id, hidden ones included (the stored objects, not copies)."""
        with self._data_lock:
            return {p["id"]: p for c in self.components("Proposals") for p in c["proposals"]}

    def visible_proposals(self) -> dict[str, dict[str, Any]]:
        """The proposals the site shows: not hidden by moderation."""
        return {i: p for i, p in self.proposals().items() if not p.get("hidden")}

    def ideas(self) -> dict[str, dict[str, Any]]:
        with self._data_lock:
            return {i["id"]: i for c in self.components("Ideas") for i in c["ideas"]}

    def plans(self) -> dict[str, dict[str, Any]]:
        with self._data_lock:
            return {p["id"]: p for c in self.components("Plans") for p in c["plans"]}

    def extend_type(self, type_name: str, field_name: str, type_ref: str) -> None:
        """Give a type a new field (schema drift: a Decidim upgrade); it answers null unless stored."""
        self._extensions.append(f"extend type {type_name} {{ {field_name}: {type_ref} }}")
        self.schema = self._schema()

    def remove_field(self, type_name: str, field_name: str) -> None:
        """Take a field away from a type, as an upgrade that renames it would."""
        with self._data_lock:
            assert_valid_schema(self.schema)  # checked (and cached) as served; the upgraded type then lacks it
            fields = getattr(self.schema.get_type(type_name), "fields", {})
            fields.pop(field_name, None)

    def add_proposals(self, n: int) -> list[str]:
        """Publish `n` new proposals in the newest process; returns their ids."""
        with self._data_lock:
            component = self.components("Proposals")[-1]
            new = more_proposals(self._rng, self.planted, self.proposals(), n)
            component["proposals"].extend(new)
        return [p["id"] for p in new]

    def regenerate_export(self) -> None:
        """What Decidim's open-data job does: the export lists what is published and not hidden *now*; until
        the next generation it neither lists newer resources nor drops ones hidden since."""
        with self._data_lock:
            self.export_generated_at = datetime.now(UTC)
            self._exported = {("proposal", i) for i, p in self.proposals().items() if not p.get("hidden")} | {
                ("idea", i) for i, idea in self.ideas().items() if not idea.get("hidden")
            }

    def answer_proposals(self, n: int) -> list[str]:
        """Answer `n` unanswered proposals (state, answer) and endorse them once more; returns their ids."""
        with self._data_lock:
            open_ids = sorted(i for i, p in self.visible_proposals().items() if p["state"] is None)
            chosen = self._rng.sample(open_ids, min(n, len(open_ids)))
            for proposal_id in chosen:
                proposal = self.proposals()[proposal_id]
                proposal["state"] = self._rng.choice(["accepted", "rejected", "evaluating"])
                proposal["answer"] = {"fi": "Ehdotus on käsitelty.", "sv": "", "en": ""}
                proposal["endorsementsCount"] += 1
                proposal["updatedAt"] = format_datetime(datetime.now(UTC))
        return chosen

    def hide_proposals(self, ids: Iterable[str]) -> None:
        """Moderate proposals away: the API still lists them; the site and the next `regenerate_export()` do not."""
        wanted = set(ids)
        with self._data_lock:
            for proposal_id, proposal in self.proposals().items():
                if proposal_id in wanted:
                    proposal["hidden"] = True

    # -- HTTP ----------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.path in ("/api", "/api/"):
            if request.method != "POST":
                return Reply(404, b"Not Found", "text/plain")
            return self._graphql(request.body)
        if request.path == "/open-data/download":
            if not self.open_data_export:
                # OpenDataController#download: schedule the generation, then redirect_back (root without a Referer)
                return Reply(302, b"", "text/html; charset=utf-8", {"Location": request.headers.get("referer", "/")})
            return Reply(302, b"", "text/html; charset=utf-8", {"Location": EXPORT_BLOB_PATH})
        if request.path == EXPORT_BLOB_PATH and self.open_data_export:
            return Reply(200, self.export_zip(), "application/zip")
        if request.path == "/":
            return Reply(200, HOME_PAGE, "text/html; charset=utf-8")
        return Reply(404, b"<html><body>Not Found</body></html>", "text/html")

    def _graphql(self, body: bytes) -> Reply:
        try:
            graphql_request = read_request(body)
            with self._data_lock:
                schema = self.schema
                document = checked_document(schema, graphql_request.query)
                self._analyse(schema, document, graphql_request.variables)
                answer = run(schema, document, graphql_request)
        except RequestRefused as refused:
            return Reply.json({"errors": [{"message": message} for message in refused.messages]})
        return Reply.json(answer)

    # -- static analysis: depth and complexity, as graphql-ruby charges them -------------------------

    def _analyse(self, schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any]) -> None:
        walker = _Cost(schema, document, variables, self.limits.max_page_size)
        operation = walker.operation()
        root = schema.query_type
        depth = walker.depth(root, operation.selection_set)
        if depth > self.limits.max_depth:
            raise RequestRefused([f"Query has depth of {depth}, which exceeds max depth of {self.limits.max_depth}"])
        complexity = walker.complexity(root, operation.selection_set)
        if complexity > self.limits.max_complexity:
            raise RequestRefused(
                [
                    f"Query has complexity of {complexity}, which exceeds max complexity of "
                    f"{self.limits.max_complexity}"
                ]
            )

    # -- resolvers -----------------------------------------------------------------------------------

    def _schema(self) -> GraphQLSchema:
        schema = load_schema(DECIDIM_SDL, "\n".join(self._extensions) or None)
        resolve(schema, "Query", "participatoryProcesses", lambda *_a, **_k: self.processes)
        resolve(schema, "Query", "participatoryProcess", self._process)
        resolve(schema, "Query", "component", self._component)
        for component, field_name, visible in (
            ("Budgets", "budgets", lambda _item: True),
            ("Proposals", "proposals", lambda _item: True),  # hidden ones too: `published` only
            ("Ideas", "ideas", lambda item: not item.get("hidden")),
            ("Plans", "plans", lambda item: not item.get("hidden") and item.get("state") != "withdrawn"),
        ):
            resolve(schema, component, field_name, self._connection_of(field_name, visible))
            resolve(schema, component, field_name[:-1], self._finder_of(field_name, visible))
        for name in ("translations", "translation", "locales"):
            resolve(schema, "TranslatedField", name, getattr(self, f"_translated_{name}"))
        resolve(schema, "Project", "budgetAmount", lambda obj, _info: obj.get("budget_amount"))
        resolve(schema, "Project", "budgetAmountMin", lambda obj, _info: obj.get("budget_amount_min"))
        if self.votes_api:
            resolve(schema, "Project", "confirmedVotes", self._confirmed_votes)
        resolve(schema, "Proposal", "voteCount", self._vote_count)
        for type_name in ("Proposal", "Idea", "Plan"):
            resolve(schema, type_name, "authorsCount", lambda obj, _info: len(obj.get("authors") or []))
        for type_name in ("Proposal", "Idea", "Plan", "Project"):
            resolve(schema, type_name, "totalCommentsCount", lambda obj, _info: len(obj.get("comments") or []))
            resolve(schema, type_name, "comments", lambda obj, _info, **_args: obj.get("comments") or [])
        return schema

    def _process(self, _root: Any, _info: Any, id: Any = None, slug: Any = None) -> Any:  # noqa: A002
        return next(
            (p for p in self.processes if (id is not None and p["id"] == str(id)) or p["slug"] == slug), None
        )

    def _component(self, _root: Any, _info: Any, id: Any) -> Any:  # noqa: A002
        return next((c for p in self.processes for c in p["components"] if c["id"] == str(id)), None)

    def _connection_of(self, name: str, visible: Any) -> Any:
        def resolver(component: dict[str, Any], _info: Any, **args: Any) -> dict[str, Any]:
            items = [item for item in component.get(name) or [] if visible(item)]
            for key in ("first", "last"):
                if args.get(key) is not None and args[key] < 0:
                    raise GraphQLError(f"Argument '{key}' on Field '{name}' has an invalid value ({args[key]!r})")
            size = self.limits.max_page_size
            first = min(args["first"], size) if args.get("first") is not None else None
            last = min(args["last"], size) if args.get("last") is not None else None
            page = page_of(
                items,
                first=first,
                last=last,
                after_index=_index(args["after"]) if args.get("after") else None,
                before_index=_index(args["before"]) if args.get("before") else None,
                default_size=size,
            )
            return connection(page, _cursor)

        return resolver

    def _finder_of(self, name: str, visible: Any) -> Any:
        def resolver(component: dict[str, Any], _info: Any, id: Any) -> Any:  # noqa: A002
            return next((i for i in component.get(name) or [] if i["id"] == str(id) and visible(i)), None)

        return resolver

    @staticmethod
    def _translated_translations(obj: dict[str, Any], _info: Any, locales: list[str] | None = None) -> Any:
        return [
            {"locale": locale, "text": text}
            for locale, text in obj.items()
            if not isinstance(text, dict) and (not locales or locale in locales)
        ]

    @staticmethod
    def _translated_translation(obj: dict[str, Any], _info: Any, locale: str) -> Any:
        return obj.get(locale)

    @staticmethod
    def _translated_locales(obj: dict[str, Any], _info: Any) -> Any:
        return list(obj)

    def _confirmed_votes(self, project: dict[str, Any], _info: Any) -> Any:
        return project.get("confirmed_votes") if self.show_votes else None

    def _vote_count(self, proposal: dict[str, Any], _info: Any) -> Any:
        return None if self.proposal_votes_hidden else proposal.get("voteCount")

    # -- the open-data export ------------------------------------------------------------------------

    def export_zip(self) -> bytes:
        """Decidim's open-data zip: one `;`-separated CSV per resource, nested keys flattened with `/`."""
        buffer = io.BytesIO()
        with self._data_lock, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{HOST}-open-data-projects.csv", self._projects_csv())
            archive.writestr(f"{HOST}-open-data-proposals.csv", self._proposals_csv())
            archive.writestr(f"{HOST}-open-data-ideas.csv", self._ideas_csv())
            archive.writestr(f"{HOST}-open-data-results.csv", "id;title/fi\n")
        return buffer.getvalue()

    def _in_export(self, kind: str, item: dict[str, Any]) -> bool:
        return (kind, item["id"]) in self._exported

    def _proposals_csv(self) -> str:
        """decidim-proposals ProposalSerializer's columns (a subset); `.published.not_hidden` as of 0.27.x."""
        columns = (
            ["id", "category/id", "scope/id", "participatory_space/id", "component/id"]
            + [f"title/{lo}" for lo in LOCALES]
            + ["state", "reference", "supports", "endorsements/total_count", "comments", "published_at", "url"]
        )
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(columns)
        for process in self.processes:
            for component in process["components"]:
                if component["__typename"] != "Proposals":
                    continue
                for proposal in component["proposals"]:
                    if not self._in_export("proposal", proposal):
                        continue
                    writer.writerow(
                        [
                            proposal["id"],
                            (proposal.get("category") or {}).get("id", ""),
                            (proposal.get("scope") or {}).get("id", ""),
                            process["id"],
                            component["id"],
                        ]
                        + [proposal["title"].get(lo, "") for lo in LOCALES]
                        + [
                            proposal.get("state") or "",
                            proposal["reference"],
                            proposal.get("voteCount", 0),  # carried even while votes are hidden (#13739)
                            proposal.get("endorsementsCount", 0),
                            0,
                            proposal["publishedAt"],
                            f"https://{HOST}/processes/{process['slug']}/f/{component['id']}/proposals/{proposal['id']}",
                        ]
                    )
        return out.getvalue()

    def _ideas_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(["id", "title", "state", "published_at"])
        for idea in self.ideas().values():
            if self._in_export("idea", idea):
                writer.writerow([idea["id"], idea["title"], idea.get("state") or "", idea["publishedAt"]])
        return out.getvalue()

    def _projects_csv(self) -> str:
        columns = (
            ["id", "category/id"]
            + [f"category/name/{lo}" for lo in LOCALES]
            + ["scope/id"]
            + [f"scope/name/{lo}" for lo in LOCALES]
            + ["participatory_space/id", "participatory_space/url", "component/id"]
            + [f"title/{lo}" for lo in LOCALES]
            + [f"description/{lo}" for lo in LOCALES]
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
                            + [(category.get("name") or {}).get(lo, "") for lo in LOCALES]
                            + [scope.get("id", "")]
                            + [(scope.get("name") or {}).get(lo, "") for lo in LOCALES]
                            + [process["id"], f"https://{HOST}/processes/{process['slug']}", component["id"]]
                            + [project["title"].get(lo, "") for lo in LOCALES]
                            + [project["description"].get(lo, "") for lo in LOCALES]
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


class _Cost:
    """graphql-ruby's depth and complexity of one validated document, over the schema's types."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any], page_size: int):
        self.schema = schema
        self.document = document
        self.variables = variables
        self.page_size = page_size
        self.fragments = {
            d.name.value: d for d in document.definitions if d.kind == "fragment_definition"
        }

    def operation(self) -> Any:
        return next(d for d in self.document.definitions if d.kind == "operation_definition")

    def _expand(self, parent: Any, selection_set: SelectionSetNode) -> list[tuple[Any, Any]]:
        """(type, node) for each field or fragment body directly in the set, spreads resolved."""
        out: list[tuple[Any, Any]] = []
        for node in selection_set.selections:
            if isinstance(node, FragmentSpreadNode):
                fragment = self.fragments[node.name.value]
                out.append((self.schema.get_type(fragment.type_condition.name.value), fragment))
            elif isinstance(node, InlineFragmentNode):
                condition = node.type_condition
                out.append((self.schema.get_type(condition.name.value) if condition else parent, node))
            else:
                out.append((parent, node))
        return out

    def depth(self, parent: Any, selection_set: SelectionSetNode) -> int:
        deepest = 0
        for owner, node in self._expand(parent, selection_set):
            if not isinstance(node, FieldNode):
                deepest = max(deepest, self.depth(owner, node.selection_set))
                continue
            if node.name.value.startswith("__"):
                continue  # introspection does not count toward depth
            below = 0
            if node.selection_set:
                below = self.depth(get_named_type(owner.fields[node.name.value].type), node.selection_set)
            deepest = max(deepest, 1 + below)
        return deepest

    def complexity(self, parent: Any, selection_set: SelectionSetNode) -> int:
        direct = 0
        by_condition: dict[str, int] = {}
        for owner, node in self._expand(parent, selection_set):
            if not isinstance(node, FieldNode):
                cost = self.complexity(owner, node.selection_set)
                if owner is parent:
                    direct += cost
                else:
                    by_condition[owner.name] = by_condition.get(owner.name, 0) + cost
                continue
            if node.name.value == "__typename":
                continue
            if node.name.value.startswith("__"):
                direct += 1 + (self.complexity(self._introspection_type(node), node.selection_set) if node.selection_set else 0)
                continue
            definition = owner.fields[node.name.value]
            child = get_named_type(definition.type)
            if child.name.endswith("Connection"):
                direct += 1 + self._connection(child, node, definition)
            elif node.selection_set:
                direct += 1 + self.complexity(child, node.selection_set)
            else:
                direct += 1
        return direct + max(by_condition.values(), default=0)

    def _introspection_type(self, node: FieldNode) -> Any:
        return introspection_types["__Type"] if node.name.value == "__type" else introspection_types["__Schema"]

    def _connection(self, connection_type: Any, node: FieldNode, definition: Any) -> int:
        asked = []
        for argument in node.arguments:
            if argument.name.value in ("first", "last"):
                value = value_from_ast(argument.value, definition.args[argument.name.value].type, self.variables)
                if value is not None and value is not Undefined:
                    asked.append(value)
        page = min(max(asked), self.page_size) if asked else self.page_size
        cost = 0
        for owner, child in self._expand(connection_type, node.selection_set):
            if not isinstance(child, FieldNode):
                cost += self.complexity(owner, child.selection_set)
                continue
            if child.name.value == "__typename":
                continue
            inner = get_named_type(owner.fields[child.name.value].type)
            below = 1 + (self.complexity(inner, child.selection_set) if child.selection_set else 0)
            cost += page * below if child.name.value in ("nodes", "edges") else below
        return cost


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
