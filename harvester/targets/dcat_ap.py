"""DCAT-AP: the fields a job's `dataset:` block yields for the EU metadata profile, once for every target.

HRI is harvested onward by avoindata.fi and from there by data.europa.eu, which speak DCAT-AP. CKAN portals
produce it with ckanext-dcat, which reads these keys from a dataset's fields or extras (ckan/ckanext-dcat,
ckanext/dcat/profiles/euro_dcat_ap_base.py at 02099725f1d419b4de26c15e90ef5f56df10815f:
`_graph_from_dataset_base` reads `frequency`, `theme`, `conforms_to`, `language`, `contact_name`/`contact_email`,
`publisher_name`/`publisher_uri`/`publisher_url`, `temporal_start`/`temporal_end`, `spatial_uri`/`spatial_text`,
`access_rights`, `issued`/`modified`; list values as JSON text). The CKAN profiles send them
(`targets/ckan/profiles.py`), the local catalogue writes them as RDF (`targets/dcat_catalogue.py`).

What varies per job is in the job's `dataset:` block (`themes`, `frequency`, `time_series_start/end`); the rest
has defaults for the City of Helsinki that a job may override with the same key:

- spatial coverage: Helsinki in GeoNames, `http://sws.geonames.org/658225/`. DCAT-AP 2.1.1 names GeoNames and
  the EU Places list as the vocabularies of `dct:spatial` (SEMICeu/DCAT-AP,
  releases/2.1.1/dcat-ap_2.1.1_shacl_mdr-vocabularies.shape.ttl at ab32315e7e0d70a51aa4c8973fcb6e45589be27e,
  `:GeoNamesRestriction`); GeoNames was chosen because its Helsinki id (658225) is the one in common use in
  public data (the EU Places code FIN_HEL was seen only once in public code, so it stays unused).
- language: Finnish, Swedish and English from the EU language table (the texts of every dataset are in the three).
- access rights: PUBLIC from the EU access-right table (everything published here is open data).
- publisher: the City of Helsinki (name and homepage); contact point: the dataset's maintainer and e-mail.
No DCAT-AP-FI profile document was found in the public sources searched. avoindata.fi's own serializer
(vrk-kpa/opendata, ckanext-ytp_main/ckanext/ytp/dcat.py at 141102ebb4ee0636242a2223a2535c4b6efa36fd,
`AvoindataDCATAPProfile`, "based on DCAT-AP 2.0.0") reads its own schema's fields, and it takes hri.fi's datasets
through the CKAN API, not DCAT (harvesters/sixodp_harvester.py there: HRI categories and keywords become its
groups, i.e. its dcat:theme; resources' time_series_start/end its temporal coverage), so the hri profile keeps
HRI's own fields and sets the resources' time series too. The fields here are plain DCAT-AP 2/3 as
ckanext-dcat maps them, for data.europa.eu and any DCAT harvester of hri.fi.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

EU_AUTHORITY = "http://publications.europa.eu/resource/authority"
FREQUENCY_BASE = f"{EU_AUTHORITY}/frequency/"
THEME_BASE = f"{EU_AUTHORITY}/data-theme/"
LANGUAGE_BASE = f"{EU_AUTHORITY}/language/"
ACCESS_RIGHT_BASE = f"{EU_AUTHORITY}/access-right/"

# The EU data-theme table (the 13 themes of DCAT-AP, plus OP_DATPRO "provisional data").
THEMES = (
    "AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI", "TECH", "TRAN",
    "OP_DATPRO",
)  # fmt: skip
# The codes of the EU frequency table a harvested dataset can have.
FREQUENCIES = (
    "UPDATE_CONT", "CONT", "HOURLY", "DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY", "BIMONTHLY", "QUARTERLY",
    "ANNUAL", "IRREG", "UNKNOWN", "NEVER", "OTHER",
)  # fmt: skip
ACCESS_RIGHTS = ("PUBLIC", "RESTRICTED", "NON_PUBLIC")

HELSINKI_GEONAMES = "http://sws.geonames.org/658225/"
# Helsinki's centre and a box around the city with its sea area, in WGS84 (approximate, to 0.01°: rounded from
# the map by hand, not taken from a registry; DCAT-AP recommends both on a dct:Location).
HELSINKI_CENTROID = "POINT(24.94 60.17)"
HELSINKI_BBOX = "POLYGON((24.78 59.92,25.26 59.92,25.26 60.30,24.78 60.30,24.78 59.92))"
LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority"
# DCAT-AP 2.1.1 takes a distribution's availability from the EU planned-availability table
# (SEMICeu/DCAT-AP, releases/2.1.1/dcat-ap_2.1.1_shacl_mdr-vocabularies.shape.ttl, dcatap:availability).
AVAILABILITY_STABLE = f"{EU_AUTHORITY}/planned-availability/STABLE"
SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"
LICENCE_URIS = {
    "CC-BY-4.0": "http://creativecommons.org/licenses/by/4.0/",
    "CC0-1.0": "http://creativecommons.org/publicdomain/zero/1.0/",
}
DEFAULTS: dict[str, Any] = {
    "publisher_name": "Helsingin kaupunki",
    "publisher_url": "https://www.hel.fi",
    "publisher_type": LOCAL_AUTHORITY,
    "spatial_uri": HELSINKI_GEONAMES,
    "spatial_text": "Helsinki",
    "spatial_centroid": HELSINKI_CENTROID,
    "spatial_bbox": HELSINKI_BBOX,
    "language": ["FIN", "SWE", "ENG"],
    "access_rights": "PUBLIC",
}
# Keys of a job's `dataset:` block read here, besides the ones the profiles already know.
JOB_KEYS = ("themes", "frequency", "conforms_to", *DEFAULTS, "contact_name", "contact_email", "publisher_uri")


def _code_uri(value: Any, base: str) -> str:
    """A table code (`DAILY`) or its full URI, as the URI."""
    text = str(value).strip()
    return text if text.startswith(("http://", "https://")) else base + text.upper()


def _codes(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [str(item) for item in ([value] if isinstance(value, str) else value)]


def _date_text(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if value not in (None, "") else None


def _setting(metadata: Mapping[str, Any], key: str) -> Any:
    return metadata[key] if metadata.get(key) not in (None, "", []) else DEFAULTS.get(key)


def dcat_problems(metadata: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, reason) for a theme or frequency that is not in the EU table, or a conforms_to that is no URL."""
    found = []
    for theme in _codes(metadata.get("themes")):
        uri = _code_uri(theme, THEME_BASE)
        if not uri.startswith(THEME_BASE) or uri.removeprefix(THEME_BASE) not in THEMES:
            found.append(("themes", f"{theme!r} is not an EU data theme (one of {', '.join(THEMES)})"))
    frequency = metadata.get("frequency")
    if frequency:
        uri = _code_uri(frequency, FREQUENCY_BASE)
        if not uri.startswith(FREQUENCY_BASE) or uri.removeprefix(FREQUENCY_BASE) not in FREQUENCIES:
            found.append(
                ("frequency", f"{frequency!r} is not an EU frequency (one of {', '.join(FREQUENCIES)})")
            )
    access = _setting(metadata, "access_rights")
    if _code_uri(access, ACCESS_RIGHT_BASE).removeprefix(ACCESS_RIGHT_BASE) not in ACCESS_RIGHTS:
        found.append(("access_rights", f"{access!r} is not an EU access right ({', '.join(ACCESS_RIGHTS)})"))
    conforms = metadata.get("conforms_to")
    if conforms and not str(conforms).startswith(("http://", "https://")):
        found.append(("conforms_to", f"must be the URL of the Table Schema, got {conforms!r}"))
    return found


def dcat_fields(metadata: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """The ckanext-dcat keys of one dataset, URIs expanded, empty values left out.

    `conforms_to` is the Table Schema's URL (the job's `conforms_to`, else `schema_url` that the run sets
    when `docs.base_url` is configured)."""
    conforms = metadata.get("conforms_to") or metadata.get("schema_url")
    fields: dict[str, Any] = {
        "theme": [_code_uri(theme, THEME_BASE) for theme in _codes(metadata.get("themes"))],
        "frequency": _code_uri(metadata["frequency"], FREQUENCY_BASE) if metadata.get("frequency") else None,
        "conforms_to": [str(conforms)] if conforms else [],
        "language": [_code_uri(code, LANGUAGE_BASE) for code in _codes(_setting(metadata, "language"))],
        "access_rights": _code_uri(_setting(metadata, "access_rights"), ACCESS_RIGHT_BASE),
        "contact_name": metadata.get("contact_name") or metadata.get("maintainer"),
        "contact_email": metadata.get("contact_email") or metadata.get("maintainer_email"),
        "publisher_name": _setting(metadata, "publisher_name"),
        "publisher_uri": metadata.get("publisher_uri"),
        "publisher_url": _setting(metadata, "publisher_url"),
        "publisher_type": _setting(metadata, "publisher_type"),
        "spatial_uri": _setting(metadata, "spatial_uri"),
        "spatial_text": _setting(metadata, "spatial_text"),
        # a job covering another area than Helsinki names its own uri and leaves out the shape of Helsinki
        "spatial_centroid": _spatial_shape(metadata, "spatial_centroid"),
        "spatial_bbox": _spatial_shape(metadata, "spatial_bbox"),
        "temporal_start": _date_text(metadata.get("time_series_start")),
        "temporal_end": _date_text(metadata.get("time_series_end")),
        "issued": _date_text(metadata.get("date_released")),
        "modified": _date_text(metadata.get("date_updated")),
    }
    return {key: value for key, value in fields.items() if value not in (None, "", [])}


def _spatial_shape(metadata: Mapping[str, Any], key: str) -> Any:
    if metadata.get(key):
        return metadata[key]
    return DEFAULTS[key] if _setting(metadata, "spatial_uri") == HELSINKI_GEONAMES else None


def distribution_fields(metadata: Mapping[str, Any]) -> dict[str, str]:
    """The ckanext-dcat keys of each of the dataset's resources: its licence (as a URI), availability, and the
    algorithm of the `hash` the CKAN target gives every file (SHA-256; DCAT-AP 3 requires spdx:algorithm
    beside spdx:checksumValue)."""
    fields = {"availability": AVAILABILITY_STABLE, "hash_algorithm": SHA256}
    licence = LICENCE_URIS.get(str(metadata.get("license")))
    if licence:
        fields["license"] = licence
    return fields


def as_extras(fields: Mapping[str, str | list[str]]) -> dict[str, str]:
    """CKAN extras are text: lists as JSON arrays, which ckanext-dcat reads back as lists."""
    return {key: json.dumps(value) if isinstance(value, list) else value for key, value in fields.items()}
