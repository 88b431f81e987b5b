"""OmaStadi, Helsinki's participatory budgeting on Decidim 0.27, as a source: GraphQL at `<root>/api`.

One source class serves both datasets; the job's `params.dataset` says which: `projects` (one record per
budget project) or `proposals` (one record per published proposal). Each run lists everything (Decidim 0.27
has no updated-since filter on these lists; a few thousand records per round), so `complete` is True and
rows the site no longer serves (hidden, unpublished) leave the dataset.

The API is graphql-ruby behind limits (Helsinki: page size ≤ 200, depth ≤ 15, complexity ≤ 300, where a
connection costs `first × the fields of one node`). So the source asks small pages (`first`, then
`after: pageInfo.endCursor`) and halves `first` whenever the server answers that the query is too complex;
any other GraphQL error is a SourceError carrying the server's message.

Vote counts of projects: the 0.27 public API has none; newer Decidim has `Project.confirmedVotes`, null
unless the component shows votes; the open-data export (`<root>/open-data/download`, a zip of `;`-separated
CSVs) carries `confirmed_votes`. `params.votes` picks one (`api`, `open-data-export`, `none`) or `auto`
(the API when it answers, else the export when the site has one); every row says where its count came from.
A count is the number of checked-out votes (orders) that included the project; a resident votes in two
budgets, so counts are never numbers of voters. Author, co-author and endorser fields are never asked for.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import Removed, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient, RetryableProblem

LOCALES = ("fi", "sv", "en")
DATASETS = ("projects", "proposals")
VOTE_MODES = ("auto", "api", "open-data-export", "none")
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
            budget_amount
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

#: What the harvester asks of each node type; a site without one of these cannot be harvested.
NEEDED_FIELDS = {
    "Project": {"id", "title", "description", "budget_amount", "selected", "createdAt", "updatedAt", "reference", "scope", "category"},
    "Proposal": {"id", "reference", "title", "body", "state", "publishedAt", "endorsementsCount", "voteCount", "scope", "category"},
}  # fmt: skip

#: Fields Decidim 0.27 (with Helsinki's modules) or a newer release is known to have; anything else is
#: schema drift, reported so a steward decides whether the dataset should carry it.
KNOWN_FIELDS = {
    "Project": NEEDED_FIELDS["Project"]
    | {"attachments", "comments", "totalCommentsCount", "hasComments", "acceptsNewComments", "commentsHaveAlignment",
       "commentsHaveVotes", "userAllowedToComment", "type", "stats", "linkedResources", "linkingResources",
       "confirmedVotes", "budget_url", "url", "relatedProposals", "selectedAt"},
    "Proposal": NEEDED_FIELDS["Proposal"]
    | {"address", "coordinates", "answer", "answeredAt", "participatoryTextLevel", "position", "official",
       "createdInMeeting", "meeting", "endorsements", "author", "authors", "authorsCount", "attachments",
       "comments", "totalCommentsCount", "hasComments", "acceptsNewComments", "commentsHaveAlignment",
       "commentsHaveVotes", "userAllowedToComment", "type", "fingerprint", "amendments", "emendations",
       "versions", "versionsCount", "createdAt", "updatedAt", "withdrawn", "withdrawnAt"},
}  # fmt: skip


class DecidimSource(Source):
    """OmaStadi budget projects or proposals, by `params.dataset`."""

    system = "omastadi"

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.root = settings.base_url.rstrip("/")
        self.api_url = f"{self.root}/api"
        self.dataset = self.params.get("dataset")
        if self.dataset not in DATASETS:
            raise ConfigError(
                "job params", "dataset", f"must be one of {list(DATASETS)}, got {self.dataset!r}"
            )
        page_size = self.params.get("page_size", 5 if self.dataset == "projects" else 10)
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
        self.votes = self.params.get("votes", "auto")
        if self.votes not in VOTE_MODES:
            raise ConfigError("job params", "votes", f"must be one of {list(VOTE_MODES)}, got {self.votes!r}")
        self._export_votes: dict[str, int | None] | None = None
        self._export_missing = False
        self.vote_sources: set[str] = set()

    # -- GraphQL -----------------------------------------------------------------------------------

    def query(self, text: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """POST one query; an `errors` array becomes SourceError with the server's messages."""
        answer = self.http.post_json(self.api_url, {"query": text, "variables": dict(variables or {})})
        if not isinstance(answer, dict):
            raise SourceError(
                f"POST {self.api_url} answered {type(answer).__name__}, expected a GraphQL object"
            )
        errors = answer.get("errors")
        if errors:
            messages = "; ".join(
                str(e.get("message")) if isinstance(e, dict) else str(e) for e in errors if e is not None
            )
            raise SourceError(f"POST {self.api_url}: GraphQL error: {messages}")
        data = answer.get("data")
        if not isinstance(data, dict):
            raise SourceError(f"POST {self.api_url} answered without `data`: {str(answer)[:300]}")
        return data

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
                except SourceError as exc:
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

    def check_schema(self, type_name: str) -> set[str]:
        """Refuse a schema without a needed field; report fields the harvester does not know (drift)."""
        fields = self.node_fields(type_name)
        missing = sorted(NEEDED_FIELDS[type_name] - fields)
        if missing:
            raise SourceError(
                f"{self.api_url}: type {type_name} has no field(s) {', '.join(missing)}; the site's API changed "
                "and the harvester's query must be updated"
            )
        new = sorted(fields - KNOWN_FIELDS[type_name])
        if new:
            self.warnings.append(
                f"schema drift: {type_name} has new field(s) {', '.join(new)} at {self.api_url}; they are not "
                "harvested — decide whether the dataset should carry them (personal fields must stay out)"
            )
        return fields

    # -- extract -----------------------------------------------------------------------------------

    def extract(self, cursor: str | None) -> Iterator[SourceRecord | Removed]:
        """Every project or proposal of every participatory process; a full listing each run."""
        self.complete = False
        self.next_cursor = cursor  # no cursor: Decidim 0.27 offers no updated-since on these lists
        spaces = self.query(SPACES_QUERY).get("participatoryProcesses")
        if not isinstance(spaces, list):
            raise SourceError(f"{self.api_url}: participatoryProcesses is not a list")
        if self.dataset == "projects":
            yield from self._projects(spaces)
        else:
            yield from self._proposals(spaces)
        self.complete = True

    @staticmethod
    def _components(spaces: list[Any], typename: str) -> Iterator[tuple[dict[str, Any], str]]:
        for space in spaces:
            if not isinstance(space, dict):
                continue
            process = {"id": space.get("id"), "slug": space.get("slug"), "title": space.get("title")}
            for component in space.get("components") or []:
                if isinstance(component, dict) and component.get("__typename") == typename:
                    yield process, str(component.get("id"))

    def _proposals(self, spaces: list[Any]) -> Iterator[SourceRecord]:
        self.check_schema("Proposal")
        for process, component in self._components(spaces, "Proposals"):
            for node in self.pages(PROPOSALS_QUERY, component, "proposals"):
                yield SourceRecord(
                    key=_key(node), raw={"proposal": node, "process": process, "component_id": component}
                )

    def _projects(self, spaces: list[Any]) -> Iterator[SourceRecord]:
        fields = self.check_schema("Project")
        has_api_votes = "confirmedVotes" in fields
        if self.votes == "api" and not has_api_votes:
            raise SourceError(
                f"{self.api_url}: the job asks for vote counts from the API (votes: api) but this Decidim's "
                "Project type has no confirmedVotes (Decidim 0.27 has none); use votes: open-data-export or auto"
            )
        ask_api = has_api_votes and self.votes in ("auto", "api")
        if self.votes == "open-data-export" or (self.votes == "auto" and not ask_api):
            self._load_export(required=self.votes == "open-data-export")
        query = BUDGETS_QUERY.replace(VOTES_PLACEHOLDER, "confirmedVotes") if ask_api else BUDGETS_QUERY
        for process, component in self._components(spaces, "Budgets"):
            for budget in self.pages(query, component, "budgets"):
                if not isinstance(budget, dict):
                    raise SourceError(f"{self.api_url}: component {component} listed a budget {budget!r}")
                context = {k: budget.get(k) for k in ("id", "title", "total_budget", "scope")}
                for project in budget.get("projects") or []:
                    if not isinstance(project, dict):
                        continue
                    votes = self._votes(project, ask_api)
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
        if self._export_missing and self.votes == "auto":
            self.warnings.append(
                f"{self.root}{EXPORT_PATH} is not available and the API has no vote counts: "
                "confirmed_votes left empty (votes_source none)"
            )

    def _votes(self, project: Mapping[str, Any], ask_api: bool) -> dict[str, Any]:
        if self.votes == "none":
            return {"count": None, "source": "none"}
        if ask_api and project.get("confirmedVotes") is not None:
            return {"count": project.get("confirmedVotes"), "source": "api"}
        if self.votes == "api":
            return {"count": None, "source": "none"}  # the site hides votes (show_votes off)
        exported = self._load_export(required=self.votes == "open-data-export")
        count = exported.get(str(project.get("id")))
        return (
            {"count": count, "source": "open-data-export"}
            if count is not None
            else {"count": None, "source": "none"}
        )

    # -- the open-data export ----------------------------------------------------------------------

    def _load_export(self, *, required: bool) -> dict[str, int | None]:
        """`confirmed_votes` by project id from the open-data zip, fetched once per run."""
        if self._export_votes is not None:
            return self._export_votes
        url = f"{self.root}{EXPORT_PATH}"
        archive = self._download(url)
        if archive is None:
            if required:
                raise SourceError(
                    f"{url} answered 404: this site has no open-data export (job asks votes: open-data-export)"
                )
            self._export_missing = True
            self._export_votes = {}
            return self._export_votes
        votes: dict[str, int | None] = {}
        members = [name for name in archive.namelist() if name.endswith("projects.csv")]
        if not members:
            raise SourceError(
                f"{url}: the open-data zip has no projects CSV (files: {', '.join(archive.namelist())})"
            )
        for member in members:
            text = archive.read(member).decode("utf-8-sig")
            reader = csv.DictReader(io.StringIO(text), delimiter=";")
            if not reader.fieldnames or not {"id", "confirmed_votes"} <= set(reader.fieldnames):
                raise SourceError(
                    f"{url}: {member} has no `id` and `confirmed_votes` columns (is it `;`-separated?)"
                )
            for line in reader:
                value = (line.get("confirmed_votes") or "").strip()
                votes[str(line["id"]).strip()] = int(value) if value.isdigit() else None
        self._export_votes = votes
        return votes

    def _download(self, url: str) -> zipfile.ZipFile | None:
        """GET the zip (redirects followed); a short or garbled body is fetched again, 404 means none."""

        def attempt() -> zipfile.ZipFile | None:
            response = self.http.request("GET", url, headers={"Accept": "application/zip, */*"})
            if response.status_code == 404:
                return None
            if response.status_code >= 400:
                raise SourceError(f"GET {url} answered HTTP {response.status_code}")
            try:
                return zipfile.ZipFile(io.BytesIO(response.content))
            except zipfile.BadZipFile as exc:
                raise RetryableProblem(f"BadZipFile: {exc}") from None

        return self.http.attempts(f"GET {url}", attempt)

    # -- normalise ---------------------------------------------------------------------------------

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        if self.dataset == "projects":
            return [self._project_row(record)]
        return [self._proposal_row(record)]

    def _common(self, key: str, raw: Mapping[str, Any], node: Mapping[str, Any]) -> Row:
        process = _mapping(key, raw, "process")
        row: Row = {
            "process_id": _integer(key, process, "id", required=True),
            "process_slug": _text(process.get("slug")),
            **_locales("process_title", _translations(key, process, "title")),
            "component_id": _integer(key, raw, "component_id", required=True),
        }
        for name in ("scope", "category"):
            part = node.get(name)
            if part is not None and not isinstance(part, Mapping):
                raise RecordError(key, name, f"expected an object, got {part!r}")
            part = part or {}
            row[f"{name}_id"] = _integer(key, part, "id", required=False, label=f"{name}.id")
            row.update(_locales(f"{name}_name", _translations(key, part, "name", label=f"{name}.name")))
        return row

    def _project_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        key = record.key or "(no id)"
        project = _mapping(key, raw, "project")
        budget = _mapping(key, raw, "budget")
        votes = _mapping(key, raw, "votes")
        row: Row = {"project_id": _integer(key, project, "id", required=True)}
        row.update(self._common(key, raw, project))
        if row["scope_id"] is None:  # a project without its own scope belongs to its budget's area
            scope = budget.get("scope") or {}
            if isinstance(scope, Mapping):
                row["scope_id"] = _integer(key, scope, "id", required=False, label="budget.scope.id")
                row.update(
                    _locales("scope_name", _translations(key, scope, "name", label="budget.scope.name"))
                )
        source = votes.get("source")
        if source not in ("api", "open-data-export", "none"):
            raise RecordError(key, "votes.source", f"unknown vote-count source {source!r}")
        row.update(
            {
                "budget_id": _integer(key, budget, "id", required=True, label="budget.id"),
                **_locales("budget_title", _translations(key, budget, "title", label="budget.title")),
                "budget_total": _integer(
                    key, budget, "total_budget", required=False, label="budget.total_budget"
                ),
                **_locales("title", _translations(key, project, "title")),
                **_locales("description", _translations(key, project, "description", html=True)),
                "budget_amount": _integer(key, project, "budget_amount", required=False),
                "selected": _boolean(key, project, "selected"),
                "confirmed_votes": _integer(key, votes, "count", required=False, label="confirmed votes"),
                "votes_source": source,
                "reference": _text(project.get("reference")),
                "created_at": _datetime(key, project, "createdAt"),
                "updated_at": _datetime(key, project, "updatedAt"),
            }
        )
        return row

    def _proposal_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        key = record.key or "(no id)"
        proposal = _mapping(key, raw, "proposal")
        row: Row = {"proposal_id": _integer(key, proposal, "id", required=True)}
        row.update(self._common(key, raw, proposal))
        row.update(
            {
                "reference": _text(proposal.get("reference")),
                **_locales("title", _translations(key, proposal, "title")),
                **_locales("body", _translations(key, proposal, "body", html=True)),
                "state": _text(proposal.get("state")),
                "published_at": _datetime(key, proposal, "publishedAt"),
                "endorsements_count": _integer(key, proposal, "endorsementsCount", required=False),
                "vote_count": _integer(key, proposal, "voteCount", required=False),
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


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _integer(
    key: str, raw: Mapping[str, Any], field: str, *, required: bool, label: str | None = None
) -> int | None:
    value = raw.get(field)
    name = label or field
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(key, name, "missing or empty")
        return None
    if isinstance(value, bool):
        raise RecordError(key, name, f"{value!r} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value.strip())
    raise RecordError(key, name, f"{value!r} is not a whole number")


def _boolean(key: str, raw: Mapping[str, Any], field: str) -> bool | None:
    value = raw.get(field)
    if value is None or isinstance(value, bool):
        return value
    raise RecordError(key, field, f"{value!r} is not true or false")


def _datetime(key: str, raw: Mapping[str, Any], field: str) -> str | None:
    """Decidim's DateTime (ISO 8601 with offset) in UTC with Z."""
    value = raw.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(key, field, f"{value!r} is not an ISO 8601 datetime") from None
    if moment.tzinfo is None:
        raise RecordError(key, field, f"{value!r} has no UTC offset")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
        texts[entry["locale"]] = html_to_text(text) if html and text else _text(text)
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
        return _text(value)
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return _text("\n".join(line for line in lines if line))
