"""OmaStadi, Helsinki's participatory budgeting on Decidim 0.27.9, as a source: GraphQL at `<root>/api`.

One source class serves four datasets; the job's `params.dataset` says which: `projects` (budget projects),
`proposals`, `ideas` and `plans` (residents' proposals, ideas and co-created plans; Helsinki runs the Ideas
and Plans components of mainio/decidim-module-ideas and -plans beside Decidim's Proposals, each its own
dataset because their fields differ). Each run lists everything (no updated-since filter on these lists),
so `complete` is True and rows the site no longer shows leave the dataset.

Checked against OmaStadi's own schema (City-of-Helsinki/decidim-helsinki at
a3bdbea9fc39d6bcfc457d1c2869e50e4e6b0a8a, app/views/static/api/docs/, rebuilt as SDL in
harvester/testing/replicas/schemas/; every query here is validated against it by tests/testing/replicas/test_replica_schemas.py):
- limits (lib/decidim/api/schema.rb): page size 200, depth 15, complexity 300 with a connection costing
  `first × the fields of one node`: small pages, `first` halved on the complexity error;
- hidden (moderated) proposals: the API lists every published proposal, hidden ones included (decidim/decidim
  decidim-proposals, 0.27 `ProposalListHelper#query_scope` = `super.published`; the schema offers no field
  that tells), while the open-data export leaves them out (`.published.not_hidden`, decidim/decidim#10630,
  in 0.27 since #10661). So a proposal is published only when the site's current export lists it; without
  an export the proposals job fails rather than guess. A proposal newer than the export waits for the next
  export; one hidden after it stays until the export is regenerated (how often OmaStadi regenerates it is
  not known here);
- ideas and plans: the API itself leaves hidden ones out (mainio/decidim-module-ideas release/0.27-stable at
  577662c102be3efd55d88be704a7b43a9a708554, app/services/decidim/ideas/ideas_search_resolver.rb;
  mainio/decidim-module-plans release/0.27-stable at 2a451b0da47d96aebe689d4e3e9be6bb70ae440a,
  lib/decidim/api/plans_type.rb, which also leaves out withdrawn plans);
- `budgetAmount` (the maximum) and `budgetAmountMin` (Helsinki's budgeting module;
  app/views/static/api/docs/object/project/index.html: `budget_amount` is deprecated and the same as
  budgetAmount);
- vote counts of projects (`params.votes`): `api` (the default) publishes what the site shows, the API's
  `confirmedVotes` where the site's Decidim has it (newer releases; null while votes are hidden) — OmaStadi's
  0.27.9 has no vote field, so the column stays empty and the description says why; `open-data-export` is an
  explicit opt-in: the export's `confirmed_votes`, which the export carries even while the site hides votes
  (decidim/decidim#12348) and which counts paper ballots too (mainio/decidim-module-budgeting_pipeline
  release/0.27-stable at 4afe8905e9d351bf401718dfefc92c3c04f6ba76,
  app/model/concerns/decidim/budgeting_pipeline/project_extensions.rb `confirmed_orders_count` = finished
  orders + `paper_orders_count`); the description then says so; `none` publishes no counts. A count is of
  checked-out votes (orders) including the project: a resident votes in two budgets, so never voters;
- `/open-data/download` answers a redirect to the zip, or without an export a redirect to an HTML page
  (decidim-core app/controllers/decidim/open_data_controller.rb `redirect_back`), never 404.
Author, co-author, endorser, address and coordinate fields are never asked for.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.graphql import GraphQLClient, GraphQLRefused
from harvester.sources.http import HttpClient, RetryableProblem
from harvester.sources.values import boolean, integer, moment_text, text

LOCALES = ("fi", "sv", "en")
DATASETS = ("projects", "proposals", "ideas", "plans")
VOTE_MODES = ("api", "open-data-export", "none")
MAX_PAGE_SIZE = 200  # Helsinki's default_max_page_size
COMPLEXITY_ERROR = re.compile(r"Query has complexity of \d+, which exceeds max complexity of \d+")
EXPORT_PATH = "/open-data/download"

#: Every translated field is read whole: `translations { locale text }`, so new locales are seen, not guessed.
TRANSLATED_FRAGMENT = """
fragment Texts on TranslatedField { translations { locale text } }
"""
#: Replaced by `confirmedVotes` when the site's Project type has it; a GraphQL comment otherwise.
VOTES_PLACEHOLDER = "# confirmedVotes when offered"

SPACES_QUERY = (
    """
query OmaStadiSpaces {
  participatoryProcesses {
    id
    slug
    title { ...Texts }
    components { id __typename }
  }
}
"""
    + TRANSLATED_FRAGMENT
)

FIELDS_QUERY = """
query NodeFields($type: String!) {
  __type(name: $type) { name fields { name } }
}
"""

BUDGETS_QUERY = (
    """
query OmaStadiBudgets($component: ID!, $first: Int!, $after: String) {
  component(id: $component) {
    id
    ... on Budgets {
      budgets(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          title { ...Texts }
          total_budget
          scope { id name { ...Texts } }
          projects {
            id
            title { ...Texts }
            description { ...Texts }
            budgetAmount
            budgetAmountMin
            selected
            createdAt
            updatedAt
            reference
            scope { id name { ...Texts } }
            category { id name { ...Texts } }
            # confirmedVotes when offered
          }
        }
      }
    }
  }
}
"""
    + TRANSLATED_FRAGMENT
)

PROPOSALS_QUERY = (
    """
query OmaStadiProposals($component: ID!, $first: Int!, $after: String) {
  component(id: $component) {
    id
    ... on Proposals {
      proposals(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          reference
          title { ...Texts }
          body { ...Texts }
          state
          publishedAt
          endorsementsCount
          voteCount
          scope { id name { ...Texts } }
          category { id name { ...Texts } }
        }
      }
    }
  }
}
"""
    + TRANSLATED_FRAGMENT
)

IDEAS_QUERY = (
    """
query OmaStadiIdeas($component: ID!, $first: Int!, $after: String) {
  component(id: $component) {
    id
    ... on Ideas {
      ideas(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          reference
          title
          body
          state
          publishedAt
          answeredAt
          favoriteCount
          areaScope { id name { ...Texts } }
          category { id name { ...Texts } }
        }
      }
    }
  }
}
"""
    + TRANSLATED_FRAGMENT
)

PLANS_QUERY = (
    """
query OmaStadiPlans($component: ID!, $first: Int!, $after: String) {
  component(id: $component) {
    id
    ... on Plans {
      plans(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          title { ...Texts }
          state
          publishedAt
          answeredAt
          closedAt
          favoriteCount
          scope { id name { ...Texts } }
          category { id name { ...Texts } }
        }
      }
    }
  }
}
"""
    + TRANSLATED_FRAGMENT
)


@dataclass(frozen=True)
class Dataset:
    """How one dataset is read: its node type, component type, connection field, query and page size."""

    node: str
    component: str
    connection: str
    query: str
    page_size: int


DATASET_READS = {
    "projects": Dataset("Project", "Budgets", "budgets", BUDGETS_QUERY, 5),
    "proposals": Dataset("Proposal", "Proposals", "proposals", PROPOSALS_QUERY, 10),
    "ideas": Dataset("Idea", "Ideas", "ideas", IDEAS_QUERY, 10),
    "plans": Dataset("Plan", "Plans", "plans", PLANS_QUERY, 10),
}

#: What the harvester asks of each node type; a site without one of these cannot be harvested.
NEEDED_FIELDS = {
    "Project": {"id", "title", "description", "budgetAmount", "budgetAmountMin", "selected", "createdAt", "updatedAt", "reference", "scope", "category"},
    "Proposal": {"id", "reference", "title", "body", "state", "publishedAt", "endorsementsCount", "voteCount", "scope", "category"},
    "Idea": {"id", "reference", "title", "body", "state", "publishedAt", "answeredAt", "favoriteCount", "areaScope", "category"},
    "Plan": {"id", "title", "state", "publishedAt", "answeredAt", "closedAt", "favoriteCount", "scope", "category"},
}  # fmt: skip

_COMMENTABLE = {"type", "acceptsNewComments", "commentsHaveAlignment", "commentsHaveVotes", "comments",
                "totalCommentsCount", "hasComments", "userAllowedToComment"}  # fmt: skip
#: Fields OmaStadi's schema (Decidim 0.27.9 with Helsinki's modules) has, plus those newer Decidim releases
#: are known to add; anything else is schema drift, reported so a steward decides whether the dataset should
#: carry it. tests/testing/replicas/test_replica_schemas.py checks these against the real schema file.
KNOWN_FIELDS = {
    "Project": NEEDED_FIELDS["Project"] | _COMMENTABLE
    | {"budget_amount", "attachments", "stats", "mainImage", "mainImageBlob", "summary", "linkedResources",
       "linkingResources", "confirmedVotes", "budget_url", "url", "relatedProposals", "selectedAt"},
    "Proposal": NEEDED_FIELDS["Proposal"] | _COMMENTABLE
    | {"address", "coordinates", "answer", "answeredAt", "participatoryTextLevel", "position", "official",
       "createdInMeeting", "meeting", "endorsements", "author", "authors", "authorsCount", "attachments",
       "fingerprint", "amendments", "versions", "versionsCount", "createdAt", "updatedAt", "withdrawn",
       "withdrawnAt", "emendations"},
    "Idea": NEEDED_FIELDS["Idea"] | _COMMENTABLE
    | {"address", "coordinates", "answer", "image", "attachments", "author", "authors", "authorsCount",
       "fingerprint", "amendments", "versions", "versionsCount", "createdAt", "updatedAt", "linkingResources"},
    "Plan": NEEDED_FIELDS["Plan"] | _COMMENTABLE
    | {"answer", "attachments", "author", "authors", "authorsCount", "versions", "versionsCount", "createdAt",
       "updatedAt", "tags", "sections", "contents", "values", "linkedResources", "linkingResources"},
}  # fmt: skip

VOTES_NOTES = {
    "hidden": {
        "fi": "OmaStadin rajapinta ei näytä hankkeiden äänimääriä, joten sarake confirmed_votes on tyhjä.",
        "sv": "OmaStadis gränssnitt visar inte projektens röstantal, så kolumnen confirmed_votes är tom.",
        "en": "OmaStadi's API does not show the projects' vote counts, so the column confirmed_votes is empty.",
    },
    "open-data-export": {
        "fi": "Äänimäärät ovat palvelun avoimen datan viennistä (confirmed_votes), joka sisältää ne myös silloin, "
        "kun palvelu ei näytä ääniä. Niihin sisältyvät paperiäänet.",
        "sv": "Röstantalen kommer från tjänstens export av öppna data (confirmed_votes), som har dem även när "
        "tjänsten inte visar rösterna. Papperrösterna ingår.",
        "en": "The vote counts come from the site's open-data export (confirmed_votes), which carries them even "
        "while the site does not show votes. They include paper ballots.",
    },
}


@dataclass
class OpenDataExport:
    """What the harvester reads of the site's open-data zip."""

    confirmed_votes: dict[str, int | None] = field(default_factory=dict)
    proposal_ids: set[str] = field(default_factory=set)


class DecidimSource(Source):
    """OmaStadi budget projects, proposals, ideas or plans, by `params.dataset`."""

    system = "omastadi"
    record_key = "id"
    cursor_field = None  # Decidim 0.27 offers no updated-since on these lists: a full listing every run

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.root = settings.base_url.rstrip("/")
        self.api_url = f"{self.root}/api"
        self.dataset = self.params.get("dataset")
        if self.dataset not in DATASETS:
            raise ConfigError(
                "job params", "dataset", f"must be one of {list(DATASETS)}, got {self.dataset!r}"
            )
        self.read = DATASET_READS[self.dataset]
        page_size = self.params.get("page_size", self.read.page_size)
        if (
            isinstance(page_size, bool)
            or not isinstance(page_size, int)
            or not 1 <= page_size <= MAX_PAGE_SIZE
        ):
            raise ConfigError(
                "job params",
                "page_size",
                f"must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}",
            )
        self.page_size = page_size
        self.votes = self.params.get("votes", "api")
        if self.votes == "auto":
            raise ConfigError(
                "job params",
                "votes",
                "'auto' fell back to the open-data export, which carries counts the site hides; use 'api' (what "
                "the site shows) or, deliberately, 'open-data-export'",
            )
        if self.votes not in VOTE_MODES:
            raise ConfigError("job params", "votes", f"must be one of {list(VOTE_MODES)}, got {self.votes!r}")
        self.client = GraphQLClient(http, self.api_url)
        self._export: OpenDataExport | None = None
        self.vote_sources: set[str] = set()

    # -- GraphQL -----------------------------------------------------------------------------------

    def query(self, text: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """One query through the project's GraphQL client; its `errors` are a GraphQLRefused (SourceError)."""
        return self.client.query(text, variables)

    def pages(self, query: str, component: str, connection: str) -> Iterator[dict[str, Any]]:
        """Every node of one component's connection, page by page, halving `first` on complexity errors."""
        after: str | None = None
        while True:
            while True:
                try:
                    data = self.query(
                        query, {"component": component, "first": self.page_size, "after": after}
                    )
                    break
                except GraphQLRefused as exc:
                    if not COMPLEXITY_ERROR.search(str(exc)) or self.page_size == 1:
                        raise
                    self.page_size = max(1, self.page_size // 2)
            holder = data.get("component")
            if holder is None:
                raise SourceError(f"{self.api_url}: component {component} is no longer served")
            page = holder.get(connection)
            if not isinstance(page, dict) or not isinstance(page.get("nodes"), list):
                raise SourceError(
                    f"{self.api_url}: component {component} answered no `{connection}` connection"
                )
            yield from page["nodes"]
            info = page.get("pageInfo") or {}
            if not info.get("hasNextPage"):
                return
            cursor = info.get("endCursor")
            if not cursor or cursor == after:
                raise SourceError(
                    f"{self.api_url}: component {component} says it has a next page but gave no new endCursor"
                )
            after = cursor

    def node_fields(self, type_name: str) -> set[str]:
        """The fields the site's schema has on `type_name` (GraphQL introspection)."""
        described = self.query(FIELDS_QUERY, {"type": type_name}).get("__type")
        if not isinstance(described, dict) or not isinstance(described.get("fields"), list):
            raise SourceError(
                f"{self.api_url}: the schema has no type {type_name!r}; is this a Decidim site?"
            )
        return {str(f.get("name")) for f in described["fields"] if isinstance(f, dict)}

    def check_schema(self, type_name: str, warnings: list[str]) -> set[str]:
        """Refuse a schema without a needed field; report fields the harvester does not know (drift) in
        `warnings`."""
        fields = self.node_fields(type_name)
        missing = sorted(NEEDED_FIELDS[type_name] - fields)
        if missing:
            raise SourceError(
                f"{self.api_url}: type {type_name} has no field(s) {', '.join(missing)}; the site's API changed "
                "and the harvester's query must be updated"
            )
        new = sorted(fields - KNOWN_FIELDS[type_name])
        if new:
            warnings.append(
                f"schema drift: {type_name} has new field(s) {', '.join(new)} at {self.api_url}; they are not "
                "harvested — decide whether the dataset should carry them (personal fields must stay out)"
            )
        return fields

    # -- extract -----------------------------------------------------------------------------------

    def extract(self, cursor: str | None) -> Extraction:
        """Every record of the dataset in every participatory process; a complete listing each run."""
        warnings: list[str] = []
        notes: dict[str, str] = {}
        spaces = self.query(SPACES_QUERY).get("participatoryProcesses")
        if not isinstance(spaces, list):
            raise SourceError(f"{self.api_url}: participatoryProcesses is not a list")
        if self.dataset == "projects":
            yield from self._projects(spaces, warnings, notes)
        elif self.dataset == "proposals":
            yield from self._proposals(spaces, warnings)
        else:
            yield from self._listed(spaces, warnings)
        # no cursor of our own (see cursor_field): the stored one is kept as it was
        return ExtractResult(next_cursor=cursor, complete=True, warnings=tuple(warnings), dataset_notes=notes)

    @staticmethod
    def _components(spaces: list[Any], typename: str) -> Iterator[tuple[dict[str, Any], str]]:
        for space in spaces:
            if not isinstance(space, dict):
                continue
            process = {"id": space.get("id"), "slug": space.get("slug"), "title": space.get("title")}
            for component in space.get("components") or []:
                if isinstance(component, dict) and component.get("__typename") == typename:
                    yield process, str(component.get("id"))

    def _nodes(self, spaces: list[Any], query: str | None = None) -> Iterator[tuple[dict[str, Any], str, Any]]:
        read = self.read
        for process, component in self._components(spaces, read.component):
            for node in self.pages(query or read.query, component, read.connection):
                yield process, component, node

    def _listed(self, spaces: list[Any], warnings: list[str]) -> Iterator[SourceRecord]:
        """Ideas and plans: the API leaves hidden (and withdrawn plans) out itself."""
        self.check_schema(self.read.node, warnings)
        for process, component, node in self._nodes(spaces):
            yield SourceRecord(key=_key(node), raw={"node": node, "process": process, "component_id": component})

    def _proposals(self, spaces: list[Any], warnings: list[str]) -> Iterator[SourceRecord]:
        """Proposals the site's open-data export lists: the API's list includes those hidden by moderation."""
        self.check_schema("Proposal", warnings)
        export = self._load_export(purpose="tell proposals hidden by moderation apart (the API lists them)")
        withheld = 0
        for process, component, node in self._nodes(spaces):
            if _key(node) not in export.proposal_ids:
                withheld += 1
                continue
            yield SourceRecord(
                key=_key(node), raw={"proposal": node, "process": process, "component_id": component}
            )
        if withheld:
            warnings.append(
                f"{withheld} proposal(s) the API lists are not in the site's open-data export (hidden by "
                "moderation, or published after the export was made): not published"
            )

    def _projects(self, spaces: list[Any], warnings: list[str], notes: dict[str, str]) -> Iterator[SourceRecord]:
        """The budgets' projects; `notes` gets what the description must say about their vote counts."""
        fields = self.check_schema("Project", warnings)
        ask_api = self.votes == "api" and "confirmedVotes" in fields
        if self.votes == "open-data-export":
            self._load_export(purpose="read confirmed_votes (votes: open-data-export)")
            notes.update(VOTES_NOTES["open-data-export"])
        elif self.votes == "api" and not ask_api:
            notes.update(VOTES_NOTES["hidden"])
        query = BUDGETS_QUERY.replace(VOTES_PLACEHOLDER, "confirmedVotes") if ask_api else BUDGETS_QUERY
        hidden = 0
        for process, component, budget in self._nodes(spaces, query):
            if not isinstance(budget, dict):
                raise SourceError(f"{self.api_url}: component {component} listed a budget {budget!r}")
            context = {k: budget.get(k) for k in ("id", "title", "total_budget", "scope")}
            for project in budget.get("projects") or []:
                if not isinstance(project, dict):
                    continue
                votes = self._votes(project, ask_api)
                hidden += ask_api and votes["count"] is None
                self.vote_sources.add(votes["source"])
                yield SourceRecord(
                    key=_key(project),
                    raw={
                        "project": project,
                        "budget": context,
                        "process": process,
                        "component_id": component,
                        "votes": votes,
                    },
                )
        if hidden:
            notes.clear()
            notes.update(VOTES_NOTES["hidden"])

    def _votes(self, project: Mapping[str, Any], ask_api: bool) -> dict[str, Any]:
        if self.votes == "none":
            return {"count": None, "source": "none"}
        if self.votes == "open-data-export":
            count = self._load_export(purpose="read confirmed_votes").confirmed_votes.get(str(project.get("id")))
            return {"count": count, "source": "open-data-export" if count is not None else "none"}
        if ask_api and project.get("confirmedVotes") is not None:
            return {"count": project.get("confirmedVotes"), "source": "api"}
        return {"count": None, "source": "none"}  # the site does not show votes

    # -- the open-data export ----------------------------------------------------------------------

    def _load_export(self, *, purpose: str) -> OpenDataExport:
        """The site's open-data zip, fetched once per run; SourceError when the site has none."""
        if self._export is not None:
            return self._export
        url = f"{self.root}{EXPORT_PATH}"
        archive = self._download(url)
        if archive is None:
            raise SourceError(
                f"{url} offers no open-data export (it answered a web page, as Decidim does while the export "
                f"is being generated); it is needed to {purpose}, so nothing was published. Decidim generates "
                "the export when it is first asked for: the next run may find it"
            )
        export = OpenDataExport()
        for member in archive.namelist():
            if member.endswith("projects.csv"):
                for line in self._rows(url, archive, member, {"id", "confirmed_votes"}):
                    value = (line.get("confirmed_votes") or "").strip()
                    export.confirmed_votes[str(line["id"]).strip()] = int(value) if value.isdigit() else None
            elif member.endswith("proposals.csv"):
                export.proposal_ids.update(
                    str(line["id"]).strip() for line in self._rows(url, archive, member, {"id"})
                )
        if self.votes == "open-data-export" and not any(n.endswith("projects.csv") for n in archive.namelist()):
            raise SourceError(f"{url}: the open-data zip has no projects CSV (files: {', '.join(archive.namelist())})")
        if self.dataset == "proposals" and not any(n.endswith("proposals.csv") for n in archive.namelist()):
            raise SourceError(f"{url}: the open-data zip has no proposals CSV (files: {', '.join(archive.namelist())})")
        self._export = export
        return export

    @staticmethod
    def _rows(url: str, archive: zipfile.ZipFile, member: str, needed: set[str]) -> Iterator[dict[str, str]]:
        reader = csv.DictReader(io.StringIO(archive.read(member).decode("utf-8-sig")), delimiter=";")
        if not reader.fieldnames or not needed <= set(reader.fieldnames):
            raise SourceError(f"{url}: {member} has no {sorted(needed)} columns (is it `;`-separated?)")
        yield from reader

    def _download(self, url: str) -> zipfile.ZipFile | None:
        """GET the zip (redirects followed); None when the site answers a web page instead (no export yet)
        or 404; a short or garbled zip is fetched again under the one retry policy."""

        def attempt() -> zipfile.ZipFile | None:
            response = self.http.request("GET", url, headers={"Accept": "application/zip, */*"})
            if response.status_code == 404:
                return None
            if response.status_code >= 400:
                raise SourceError(f"GET {url} answered HTTP {response.status_code}")
            kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind == "text/html" or response.content.lstrip()[:1] == b"<":
                return None
            try:
                return zipfile.ZipFile(io.BytesIO(response.content))
            except zipfile.BadZipFile as exc:
                raise RetryableProblem(f"BadZipFile: {exc}") from None

        return self.http.attempts(f"GET {url}", attempt)

    # -- normalise ---------------------------------------------------------------------------------

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        if self.dataset == "projects":
            return [self._project_row(record)]
        if self.dataset == "proposals":
            return [self._proposal_row(record)]
        if self.dataset == "ideas":
            return [self._idea_row(record)]
        return [self._plan_row(record)]

    def _common(self, key: str, raw: Mapping[str, Any], node: Mapping[str, Any], scope_field: str = "scope") -> Row:
        process = _mapping(key, raw, "process")
        row: Row = {
            "process_id": integer(key, "id", process.get("id"), required=True),
            "process_slug": _stripped(process.get("slug")),
            **_locales("process_title", _translations(key, process, "title")),
            "component_id": integer(key, "component_id", raw.get("component_id"), required=True),
        }
        for name, source_name in (("scope", scope_field), ("category", "category")):
            part = node.get(source_name)
            if part is not None and not isinstance(part, Mapping):
                raise RecordError(key, source_name, f"expected an object, got {part!r}")
            part = part or {}
            row[f"{name}_id"] = integer(key, f"{source_name}.id", part.get("id"), required=False)
            row.update(_locales(f"{name}_name", _translations(key, part, "name", label=f"{source_name}.name")))
        return row

    def _project_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        key = record.key or "(no id)"
        project = _mapping(key, raw, "project")
        budget = _mapping(key, raw, "budget")
        votes = _mapping(key, raw, "votes")
        row: Row = {"project_id": integer(key, "id", project.get("id"), required=True)}
        row.update(self._common(key, raw, project))
        if row["scope_id"] is None:  # a project without its own scope belongs to its budget's area
            scope = budget.get("scope") or {}
            if isinstance(scope, Mapping):
                row["scope_id"] = integer(key, "budget.scope.id", scope.get("id"), required=False)
                row.update(
                    _locales("scope_name", _translations(key, scope, "name", label="budget.scope.name"))
                )
        source = votes.get("source")
        if source not in ("api", "open-data-export", "none"):
            raise RecordError(key, "votes.source", f"unknown vote-count source {source!r}")
        row.update(
            {
                "budget_id": integer(key, "budget.id", budget.get("id"), required=True),
                **_locales("budget_title", _translations(key, budget, "title", label="budget.title")),
                "budget_total": integer(key, "budget.total_budget", budget.get("total_budget"), required=False),
                **_locales("title", _translations(key, project, "title")),
                **_locales("description", _translations(key, project, "description", html=True)),
                "budget_amount": integer(key, "budgetAmount", project.get("budgetAmount"), required=False),
                "budget_amount_min": integer(key, "budgetAmountMin", project.get("budgetAmountMin"), required=False),
                "selected": boolean(key, "selected", project.get("selected")),
                "confirmed_votes": integer(key, "confirmed votes", votes.get("count"), required=False),
                "votes_source": source,
                "reference": _stripped(project.get("reference")),
                "created_at": _datetime(key, project, "createdAt"),
                "updated_at": _datetime(key, project, "updatedAt"),
            }
        )
        return row

    def _proposal_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        key = record.key or "(no id)"
        proposal = _mapping(key, raw, "proposal")
        row: Row = {"proposal_id": integer(key, "id", proposal.get("id"), required=True)}
        row.update(self._common(key, raw, proposal))
        row.update(
            {
                "reference": _stripped(proposal.get("reference")),
                **_locales("title", _translations(key, proposal, "title")),
                **_locales("body", _translations(key, proposal, "body", html=True)),
                "state": _stripped(proposal.get("state")),
                "published_at": _datetime(key, proposal, "publishedAt"),
                "endorsements_count": integer(key, "endorsementsCount", proposal.get("endorsementsCount"), required=False),
                "vote_count": integer(key, "voteCount", proposal.get("voteCount"), required=False),
            }
        )
        return row

    def _idea_row(self, record: SourceRecord) -> Row:
        """An idea: title and body are plain strings (mainio's IdeaType), in the language the resident wrote."""
        raw = record.raw
        key = record.key or "(no id)"
        idea = _mapping(key, raw, "node")
        row: Row = {"idea_id": integer(key, "id", idea.get("id"), required=True)}
        row.update(self._common(key, raw, idea, scope_field="areaScope"))
        body = idea.get("body")
        if body is not None and not isinstance(body, str):
            raise RecordError(key, "body", f"expected a text, got {body!r}")
        row.update(
            {
                "reference": _stripped(idea.get("reference")),
                "title": _stripped(idea.get("title")),
                "body": html_to_text(body) if body else None,
                "state": _stripped(idea.get("state")),
                "published_at": _datetime(key, idea, "publishedAt"),
                "answered_at": _datetime(key, idea, "answeredAt"),
                "favorite_count": integer(key, "favoriteCount", idea.get("favoriteCount"), required=False),
            }
        )
        return row

    def _plan_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        key = record.key or "(no id)"
        plan = _mapping(key, raw, "node")
        row: Row = {"plan_id": integer(key, "id", plan.get("id"), required=True)}
        row.update(self._common(key, raw, plan))
        row.update(
            {
                **_locales("title", _translations(key, plan, "title")),
                "state": _stripped(plan.get("state")),
                "published_at": _datetime(key, plan, "publishedAt"),
                "answered_at": _datetime(key, plan, "answeredAt"),
                "closed_at": _datetime(key, plan, "closedAt"),
                "favorite_count": integer(key, "favoriteCount", plan.get("favoriteCount"), required=False),
            }
        )
        return row


# -- value helpers ------------------------------------------------------------------------------------------


def _key(node: Any) -> str:
    if isinstance(node, dict) and node.get("id") is not None:
        return str(node["id"])
    return ""


def _mapping(key: str, raw: Mapping[str, Any], field: str) -> Mapping[str, Any]:
    value = raw.get(field)
    if not isinstance(value, Mapping):
        raise RecordError(key, field, f"expected an object, got {value!r}")
    return value


def _stripped(value: Any) -> str | None:
    """Decidim's texts are published without surrounding white space."""
    return text(value, strip=True)


def _datetime(key: str, raw: Mapping[str, Any], field: str) -> str | None:
    """Decidim's DateTime (ISO 8601, always with an offset: one without is refused) in UTC with Z."""
    return moment_text(key, field, raw.get(field), naive_is_helsinki=False)


def _translations(
    key: str, raw: Mapping[str, Any], field: str, *, html: bool = False, label: str | None = None
) -> dict[str, str | None]:
    """A TranslatedField (`{translations: [{locale, text}]}`) as {locale: text}; empty text is missing."""
    value = raw.get(field)
    name = label or field
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not isinstance(value.get("translations"), list):
        raise RecordError(
            key, name, f"expected a translated field with a list of translations, got {value!r}"
        )
    texts: dict[str, str | None] = {}
    for entry in value["translations"]:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("locale"), str):
            raise RecordError(key, name, f"a translation without a locale: {entry!r}")
        text = entry.get("text")
        if text is not None and not isinstance(text, str):
            raise RecordError(key, name, f"the {entry['locale']} text is not a string: {text!r}")
        texts[entry["locale"]] = html_to_text(text) if html and text else _stripped(text)
    return texts


def _locales(prefix: str, texts: Mapping[str, str | None]) -> Row:
    return {f"{prefix}_{locale}": texts.get(locale) or None for locale in LOCALES}


_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(value: str) -> str | None:
    """Decidim's rich text (HTML) as plain text with paragraphs on their own lines; plain text unchanged."""
    if not _TAG.search(value):
        return _stripped(value)
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return _stripped("\n".join(line for line in lines if line))
