"""Kuntalaisaloite.fi, the Ministry of Justice's municipal-initiative service, as a source (system
`kuntalaisaloite`; base URL the site root, `https://www.kuntalaisaloite.fi`).

Checked against the service's public source code: repository Niq1982/kuntalaisaloite (a copy of the
Ministry's code), commit e75833f4da4c42bd3086b755def3d88e58d57d05, paths under
`municipalityinitiative-web/src/main/`:
- the municipality named by `params.municipality` (default Helsinki) is looked up by name in
  `GET /api/v1/municipalities` (`java/fi/om/municipalityinitiative/web/controller/ApiController.java`,
  `municipalityList`; ids are URLs, `java/.../json/JsonIdAnnotationIntrospector.java`), so no id is guessed;
- its initiatives are listed with `GET /api/v1/initiatives?municipality=ID&orderBy=id&offset=N&limit=50`
  (`ApiController.initiativeList`: at most 50 a page, `Urls.MAX_INITIATIVE_JSON_RESULT_COUNT`; a page shorter
  than the limit is the last). The API has no modified-since filter, so every run lists all of them and the
  listing is complete: an initiative that is no longer public leaves the dataset;
- each initiative's details (`GET /api/v1/initiatives/{id}`, `java/.../dto/json/InitiativeJson.java`) give the
  proposal text, the support counts (`participantCount.total` includes names collected on paper,
  `ParticipantCountJson.java`) and the public authors (`PublicAuthorsJson.java`): authors are passed on only
  for the job's policy to drop;
- the JSON API serves neither the initiative's state nor the municipality's decision. The decision date is
  read from the public page `/fi/aloite/{id}` (`webapp/WEB-INF/freemarker/components/progress.ftl`: the
  step labelled "Kunnan vastaus", `messages.properties`, followed by the date in `d.M.yyyy`). Reading the
  page is a guess at the rendered markup (the template, not a live page, was read); `params.decisions: false`
  turns it off, and then `decision_date` stays empty. Only initiatives already sent to the municipality are
  looked up (a decision needs a sent initiative, `progress.ftl`).
`state` is derived, not served: answered (a decision date), sent (a sent date), collecting (collaborative)
or published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord
from harvester.sources.values import count, day_text

PAGE_SIZE = 50
DEFAULT_MUNICIPALITY = "Helsinki"
_DECISION = re.compile(
    r"Kunnan vastaus(?:\s|&nbsp;|&#160;|\u00a0)*<br\s*/?>\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", re.IGNORECASE
)


def id_from_url(value: Any) -> int | None:
    """The trailing number of a JsonId URL (`https://.../api/v1/initiatives/123` → 123)."""
    match = re.search(r"(\d+)/?$", str(value or ""))
    return int(match[1]) if match else None


def decision_date(page: str) -> date | None:
    """The date of the municipality's answer on an initiative's public page, if it has one."""
    match = _DECISION.search(page)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


class KuntalaisaloiteSource(Source):
    system = "kuntalaisaloite"
    record_key = "id"  # the initiative's URL at the API; SourceRecord.key is its number
    cursor_field = None  # the API has no modified-since: a full listing every run

    def _municipality_id(self) -> int:
        wanted = str(self.params.get("municipality") or DEFAULT_MUNICIPALITY)
        if wanted.isdigit():
            return int(wanted)
        listed = self.http.get_json(f"{self.settings.base_url}/api/v1/municipalities")
        for municipality in listed if isinstance(listed, list) else []:
            names = {str(municipality.get(k) or "").casefold() for k in ("nameFi", "nameSv")}
            if wanted.casefold() in names:
                found = id_from_url(municipality.get("id"))
                if found is not None:
                    return found
        raise ConfigError(
            "job",
            "source.params.municipality",
            f"no municipality named {wanted!r} in {self.settings.base_url}/api/v1/municipalities",
        )

    def extract(self, cursor: str | None) -> Extraction:
        """Every initiative of the municipality, by id, page by page (a complete listing)."""
        base = self.settings.base_url
        municipality = self._municipality_id()
        read_decisions = self.params.get("decisions", True)
        offset = 0
        while True:
            page = self.http.get_json(
                f"{base}/api/v1/initiatives",
                {"municipality": municipality, "orderBy": "id", "offset": offset, "limit": PAGE_SIZE},
            )
            if not isinstance(page, list):
                raise SourceError(
                    f"GET {base}/api/v1/initiatives: expected a JSON list, got {type(page).__name__}"
                )
            for item in page:
                yield self._record(item, read_decisions)
            if len(page) < PAGE_SIZE:
                break
            offset += PAGE_SIZE
        return ExtractResult(next_cursor=None, complete=True)

    def _record(self, item: Mapping[str, Any], read_decisions: bool) -> SourceRecord:
        initiative_id = id_from_url(item.get("id"))
        if initiative_id is None:
            raise SourceError(f"an initiative in the listing has no readable id: {item.get('id')!r}")
        details = self.http.get_json(f"{self.settings.base_url}/api/v1/initiatives/{initiative_id}")
        raw: dict[str, Any] = {**item, **(details if isinstance(details, dict) else {})}
        raw["listParticipantCount"] = item.get("participantCount")
        raw["decisionDate"] = None
        if read_decisions and raw.get("sentTime"):
            page = self.http.get_text(f"{self.settings.base_url}/fi/aloite/{initiative_id}")
            found = decision_date(page) if page else None
            raw["decisionDate"] = found.isoformat() if found else None
        return SourceRecord(key=str(initiative_id), raw=raw)

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        raw, key = record.raw, record.key
        municipality = raw.get("municipality")
        if not isinstance(municipality, Mapping):
            raise RecordError(key, "municipality", f"expected an object, got {municipality!r}")
        counts = raw.get("participantCount")
        if isinstance(counts, Mapping):
            total = count(key, "participantCount.total", counts.get("total"))
            public = count(key, "participantCount.publicNames", counts.get("publicNames"))
            private = count(key, "participantCount.privateNames", counts.get("privateNames"))
            external = count(key, "participantCount.externalNames", counts.get("externalNames"))
        else:  # the listing's number only: the details were not served
            total = count(key, "participantCount", counts)
            public = private = external = None
        published = day_text(key, "publishDate", raw.get("publishDate"), required=True)
        sent = day_text(key, "sentTime", raw.get("sentTime"))
        decided = day_text(key, "decisionDate", raw.get("decisionDate"))
        collaborative = raw.get("collaborative")
        if not isinstance(collaborative, bool):
            raise RecordError(key, "collaborative", f"{collaborative!r} is not true or false")
        state = "answered" if decided else "sent" if sent else "collecting" if collaborative else "published"
        urls = raw.get("url") if isinstance(raw.get("url"), Mapping) else {}
        authors = (
            (raw.get("authors") or {}).get("publicAuthors") or []
            if isinstance(raw.get("authors"), Mapping)
            else []
        )
        return [
            {
                "initiative_id": int(key),
                "name": str(raw.get("name") or ""),
                "proposal": str(raw.get("proposal") or ""),
                "municipality_id": id_from_url(municipality.get("id")),
                "municipality_name_fi": municipality.get("nameFi") or "",
                "municipality_name_sv": municipality.get("nameSv") or "",
                "type": raw.get("type") or "",
                "collaborative": collaborative,
                "state": state,
                "publish_date": published,
                "sent_date": sent,
                "decision_date": decided,
                "participant_count": total,
                "public_names": public,
                "private_names": private,
                "external_names": external,
                "link_fi": urls.get("fi") or "",
                "link_sv": urls.get("sv") or "",
                "authors": "; ".join(str(a.get("name") or "") for a in authors if isinstance(a, Mapping)),
            }
        ]
