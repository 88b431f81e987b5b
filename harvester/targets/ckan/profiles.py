"""How a job's `dataset:` block becomes CKAN dataset and resource fields, per portal profile.

`hri` speaks hri.fi's schema (City-of-Helsinki/sixodp: translated fields as {"fi","sv","en"} dicts, keywords
as a dict of lists, three licences, required geographical coverage, maintainer e-mail and release date).
`ckan` speaks a plain CKAN: core fields in Finnish plus extras for everything else.

Each profile also checks, before any call to CKAN, that the metadata has what the portal will require, so
a steward gets "job X: dataset.maintainer_email: ..." instead of a ValidationError halfway through a run.
"""

from __future__ import annotations

import datetime as dt
import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, ClassVar

from harvester.targets.dcat_ap import as_extras, dcat_fields, dcat_problems, distribution_fields

LICENCES = ("CC-BY-4.0", "CC0-1.0", "other-open")
#: hri.fi's categories: `dataset.categories` holds CKAN group names, which hri.fi's schema turns into group
#: memberships (City-of-Helsinki/sixodp at cba99d327db5e82a22c39c510e7611d1dd09d163,
#: ckanext-sixodp/ckanext/sixodp/schemas/dataset.json `categories` with validator `save_to_groups`,
#: validators.py). The groups themselves live in hri.fi's database, not in that repository: these names are
#: the category slugs as hri.fi's group URLs show them, taken from a public third-party hri.fi client (a
#: guess until checked against hri.fi's `group_list`); a job naming another is refused before any CKAN call.
HRI_CATEGORIES = (
    "asuminen",
    "hallinto-ja-paatoksenteko",
    "kartat",
    "kulttuuri-ja-vapaa-aika",
    "liikenne-ja-matkailu",
    "opetus-ja-koulutus",
    "rakennettu-ymparisto",
    "talous-ja-verotus",
    "terveys-ja-sosiaalipalvelut",
    "tyo-ja-elinkeinot",
    "vaesto",
    "ymparisto-ja-luonto",
)
LANGUAGES = ("fi", "sv", "en")

# Resource kinds the target publishes; each profile names and describes them.
CSV_RESOURCE = "csv"
DATAPACKAGE_RESOURCE = "datapackage"

RESOURCE_DESCRIPTIONS = {
    CSV_RESOURCE: {
        "fi": "Koko aineisto CSV-muodossa. Rivit ovat myös DataStore-rajapinnassa (datastore_search).",
        "sv": "Hela datamängden i CSV-format. Raderna finns även i DataStore-gränssnittet (datastore_search).",
        "en": "The whole dataset as CSV. The rows are also in the DataStore API (datastore_search).",
    },
    DATAPACKAGE_RESOURCE: {
        "fi": "Taulukon kuvaus ja skeema (Frictionless Data Package).",
        "sv": "Tabellens beskrivning och schema (Frictionless Data Package).",
        "en": "Description and schema of the table (Frictionless Data Package).",
    },
}
RESOURCE_SUFFIX = {CSV_RESOURCE: "CSV", DATAPACKAGE_RESOURCE: "datapackage.json"}


def _as_text(value: Any) -> str | None:
    """YAML reads an unquoted 2026-11-27 as a date; CKAN wants the ISO text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return None
    return str(value)


def _translated(value: Any) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {lang: str(value[lang]) for lang in LANGUAGES if value.get(lang)}
    return {"fi": str(value)} if value else {}


def _translated_lists(value: Any) -> dict[str, list[str]]:
    """keywords/update_frequency: {"fi": [..], ..}; a bare list or string counts as Finnish."""
    if isinstance(value, Mapping):
        result = {}
        for lang in LANGUAGES:
            items = value.get(lang)
            if items:
                result[lang] = [str(item) for item in ([items] if isinstance(items, str) else items)]
        return result
    if isinstance(value, str) and value:
        return {"fi": [value]}
    if isinstance(value, list) and value:
        return {"fi": [str(item) for item in value]}
    return {}


def _text_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value or []]


def _is_iso_date(value: Any) -> bool:
    if isinstance(value, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10


SCHEMA_DOCS_LINE = {
    "fi": "Sarakkeiden kuvaukset ja anonymisointi: {url}",
    "sv": "Kolumnbeskrivningar och anonymisering: {url}",
    "en": "Column descriptions and anonymisation: {url}",
}


def _with_schema_docs(notes: dict[str, str], url: Any) -> dict[str, str]:
    """The description in each language, ending with a link to the schema's page when it has a URL."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return notes
    return {
        lang: f"{text}\n\n{SCHEMA_DOCS_LINE.get(lang, SCHEMA_DOCS_LINE['en']).format(url=url)}"
        for lang, text in notes.items()
    }


def _tags(metadata: Mapping[str, Any]) -> list[dict[str, str]]:
    """Every keyword of every language as a CKAN tag (DCAT's dcat:keyword comes from these)."""
    keywords = _translated_lists(metadata.get("keywords"))
    return [{"name": tag} for tag in sorted({word for lang in LANGUAGES for word in keywords.get(lang, [])})]


def _extras(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"key": key, "value": value} for key, value in sorted(values.items())]


def _drop_empty(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value not in (None, "", [], {})}


class MetadataProfile(ABC):
    """Maps a job's metadata block to one portal's dataset and resource fields."""

    name: ClassVar[str]

    def problems(self, metadata: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(field, reason) for every value the portal would refuse; empty when the metadata is publishable."""
        found: list[tuple[str, str]] = []
        for key in ("title", "description"):
            if not _translated(metadata.get(key)).get("fi"):
                found.append((key, "a Finnish ('fi') text is required"))
        licence = metadata.get("license")
        if not licence:
            found.append(("license", f"is required; one of {', '.join(LICENCES)}"))
        elif licence not in LICENCES:
            found.append(("license", f"must be one of {', '.join(LICENCES)}, got {licence!r}"))
        for key in ("date_released", "date_updated"):
            if metadata.get(key) and not _is_iso_date(metadata[key]):
                found.append((key, f"must be a date YYYY-MM-DD, got {metadata[key]!r}"))
        found += dcat_problems(metadata)
        return found

    @abstractmethod
    def dataset_fields(self, metadata: Mapping[str, Any]) -> dict[str, Any]:
        """The dataset fields this profile manages (not `name`/`owner_org`), empty values left out."""

    @abstractmethod
    def resource_fields(self, kind: str, filename: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
        """The resource fields (besides the file itself) of one of the dataset's resources."""

    def changed_fields(self, current: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
        """The wanted fields whose value differs from the current dataset's, ready for `package_patch`."""
        changed = {key: value for key, value in wanted.items() if not self.same(key, current.get(key), value)}
        if "extras" in changed:
            # Extras set by someone else on the portal are kept: package_patch replaces the whole list.
            ours = {extra["key"]: extra["value"] for extra in wanted["extras"]}
            theirs = {e["key"]: e["value"] for e in current.get("extras") or [] if e["key"] not in ours}
            merged = {**theirs, **ours}
            changed["extras"] = [{"key": key, "value": value} for key, value in sorted(merged.items())]
        return changed

    def same(self, key: str, current: Any, wanted: Any) -> bool:
        if key == "tags":
            return sorted(t["name"] for t in current or []) == sorted(t["name"] for t in wanted or [])
        if key == "extras":
            have = {e["key"]: e["value"] for e in current or []}
            return all(have.get(e["key"]) == e["value"] for e in wanted)
        return _comparable(current) == _comparable(wanted)


def _comparable(value: Any) -> Any:
    """Values as CKAN gives them back: JSON text of a dict parsed, lists of tags as sorted names."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith(("{", "[")):
            try:
                return _comparable(json.loads(stripped))
            except ValueError:
                return stripped
        return stripped
    if isinstance(value, Mapping):
        return {str(k): _comparable(v) for k, v in value.items() if v not in (None, "", [], {})}
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class HriProfile(MetadataProfile):
    """hri.fi (sixodp): translated fields, keywords and update frequency as dicts of lists."""

    name = "hri"

    def problems(self, metadata: Mapping[str, Any]) -> list[tuple[str, str]]:
        found = super().problems(metadata)
        if not _translated_lists(metadata.get("keywords")).get("fi"):
            found.append(("keywords", "at least one Finnish ('fi') keyword is required on HRI"))
        if not _text_list(metadata.get("geographical_coverage")):
            found.append(("geographical_coverage", "is required on HRI (e.g. [Helsinki])"))
        if not metadata.get("maintainer_email"):
            found.append(("maintainer_email", "is required on HRI (the address users write to)"))
        if not metadata.get("date_released"):
            found.append(("date_released", "is required on HRI (YYYY-MM-DD)"))
        unknown = [name for name in _text_list(metadata.get("categories")) if name not in HRI_CATEGORIES]
        if unknown:
            found.append(
                ("categories", f"{', '.join(unknown)} is not an HRI category; use {', '.join(HRI_CATEGORIES)}")
            )
        return found

    def dataset_fields(self, metadata: Mapping[str, Any]) -> dict[str, Any]:
        title = _translated(metadata.get("title"))
        notes = _with_schema_docs(_translated(metadata.get("description")), metadata.get("schema_docs"))
        return _drop_empty(
            {
                # hri.fi derives title/notes from the translations; a plain scheming CKAN shows these.
                "title": title.get("fi"),
                "notes": notes.get("fi"),
                "title_translated": title,
                "notes_translated": notes,
                "keywords": _translated_lists(metadata.get("keywords")),
                "license_id": metadata.get("license"),
                "geographical_coverage": _text_list(metadata.get("geographical_coverage")),
                "categories": _text_list(metadata.get("categories")),
                "maintainer": metadata.get("maintainer"),
                "maintainer_email": metadata.get("maintainer_email"),
                "maintainer_website": metadata.get("maintainer_website"),
                "url": metadata.get("source_url"),
                "date_released": _as_text(metadata.get("date_released")),
                "date_updated": _as_text(metadata.get("date_updated")),
                "update_frequency": _translated_lists(metadata.get("update_frequency")),
                "time_series_start": _as_text(metadata.get("time_series_start")),
                "time_series_end": _as_text(metadata.get("time_series_end")),
                # DCAT-AP (harvester/targets/dcat_ap.py): hri.fi's schema has no such fields, so they go
                # as extras, where ckanext-dcat reads them too; it reads dcat:keyword only from core tags.
                "extras": _extras(as_extras(dcat_fields(metadata))),
                "tags": _tags(metadata),
            }
        )

    def resource_fields(self, kind: str, filename: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
        title = _translated(metadata.get("title"))
        suffix = RESOURCE_SUFFIX[kind]
        return {
            "name": filename,
            "name_translated": {lang: f"{text} ({suffix})" for lang, text in title.items()},
            "description_translated": RESOURCE_DESCRIPTIONS[kind],
            # avoindata.fi harvests hri.fi through the CKAN API and reads temporal coverage from the
            # resources' time_series_start/end (vrk-kpa/opendata, ckanext-ytp_main/ckanext/ytp/harvesters/
            # sixodp_harvester.py at 028347dfdca5546e753de35a0d3472f7b487b9ca, sixodp_to_opendata_postprocess)
            **_drop_empty(
                {
                    "time_series_start": _as_text(metadata.get("time_series_start")),
                    "time_series_end": _as_text(metadata.get("time_series_end")),
                }
            ),
            **distribution_fields(metadata),
        }


CKAN_LICENCES = {"CC-BY-4.0": "cc-by", "CC0-1.0": "cc-zero", "other-open": "other-open"}


class PlainCkanProfile(MetadataProfile):
    """A CKAN without HRI's schema: Finnish title/notes/tags in core fields, the rest as extras."""

    name = "ckan"

    def dataset_fields(self, metadata: Mapping[str, Any]) -> dict[str, Any]:
        title = _translated(metadata.get("title"))
        notes = _with_schema_docs(_translated(metadata.get("description")), metadata.get("schema_docs"))
        extras = _drop_empty(
            {
                **{f"title_{lang}": title.get(lang) for lang in ("sv", "en")},
                **{f"notes_{lang}": notes.get(lang) for lang in ("sv", "en")},
                "geographical_coverage": ", ".join(_text_list(metadata.get("geographical_coverage"))),
                "categories": ", ".join(_text_list(metadata.get("categories"))),
                "maintainer_website": metadata.get("maintainer_website"),
                "date_released": _as_text(metadata.get("date_released")),
                "date_updated": _as_text(metadata.get("date_updated")),
                "update_frequency": ", ".join(
                    _translated_lists(metadata.get("update_frequency")).get("fi", [])
                ),
                "time_series_start": _as_text(metadata.get("time_series_start")),
                "time_series_end": _as_text(metadata.get("time_series_end")),
                **as_extras(dcat_fields(metadata)),
            }
        )
        licence = metadata.get("license")
        return _drop_empty(
            {
                "title": title.get("fi"),
                "notes": notes.get("fi"),
                "tags": _tags(metadata),
                "license_id": CKAN_LICENCES.get(licence, licence),
                "maintainer": metadata.get("maintainer"),
                "maintainer_email": metadata.get("maintainer_email"),
                "url": metadata.get("source_url"),
                "extras": _extras(extras),
            }
        )

    def resource_fields(self, kind: str, filename: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "name": filename,
            "description": RESOURCE_DESCRIPTIONS[kind]["fi"],
            **distribution_fields(metadata),
        }



PROFILES: dict[str, type[MetadataProfile]] = {
    HriProfile.name: HriProfile,
    PlainCkanProfile.name: PlainCkanProfile,
}


def profile_named(name: str) -> MetadataProfile:
    return PROFILES[name]()
