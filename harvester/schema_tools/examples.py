"""A plausible example value for a schema field, for the docs' example row.

A field's own `example` key wins; then a value that looks like the real data, picked by the field's name
(`REALISTIC`: written by hand after the shapes of the sources' records in /work/shared/samples and the
replicas, Helsinki places and Finnish/Swedish/English texts; `title_fi`, `_sv`, `_en` take the language's
text) when it validates against the field; otherwise one derived from the type and the constraints (the
first enum value, a string built from the pattern, a number inside the range), so it always validates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from frictionless import Field

try:  # Python 3.11+ names the regex parser re._parser; it is the stdlib's own, and stable in practice.
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

TYPE_EXAMPLES: dict[str, Any] = {
    "string": "text",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "date": "2024-05-31",
    "datetime": "2024-05-31T12:00:00Z",
    "time": "12:00:00",
    "year": 2024,
    "yearmonth": "2024-05",
    "duration": "P1D",
    "geopoint": "60.17,24.94",
    "object": {},
    "array": [],
    "list": "a,b",
    "any": "text",
}
FORMAT_EXAMPLES = {
    "email": "name@example.org",
    "uri": "https://example.org/",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}
CATEGORY_CHARACTERS = {
    sre_constants.CATEGORY_DIGIT: "1",
    sre_constants.CATEGORY_WORD: "a",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_DIGIT: "a",
    sre_constants.CATEGORY_NOT_WORD: "-",
    sre_constants.CATEGORY_NOT_SPACE: "a",
}


def _class_character(items: list) -> str:
    """One character of a character class: a letter or digit when the class offers one."""
    candidates: list[str] = []
    for op, av in items:
        if op == sre_constants.LITERAL:
            candidates.append(chr(av))
        elif op == sre_constants.RANGE:
            low, high = av
            candidates.append(chr(low))
        elif op == sre_constants.CATEGORY:
            candidates.append(CATEGORY_CHARACTERS.get(av, "a"))
        elif op == sre_constants.NEGATE:
            return "a"
    preferred = [c for c in candidates if c.isalnum()]
    return (preferred or candidates or ["a"])[0]


def _generate(parsed: Any) -> str:
    out = []
    for op, av in parsed:
        if op == sre_constants.LITERAL:
            out.append(chr(av))
        elif op == sre_constants.NOT_LITERAL:
            out.append("a" if chr(av) != "a" else "b")
        elif op == sre_constants.ANY:
            out.append("a")
        elif op == sre_constants.IN:
            out.append(_class_character(av))
        elif op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            getattr(sre_constants, "POSSESSIVE_REPEAT", None),
        ):
            low, high, sub = av
            count = max(low, 1) if high != 0 else 0
            out.append(_generate(sub) * count)
        elif op == sre_constants.SUBPATTERN:
            out.append(_generate(av[-1]))
        elif op == sre_constants.BRANCH:
            out.append(_generate(av[1][0]))
        elif op == sre_constants.CATEGORY:
            out.append(CATEGORY_CHARACTERS.get(av, "a"))
    return "".join(out)


def string_from_pattern(pattern: str) -> str | None:
    """A short string the pattern matches in full, or None when this simple walk cannot build one."""
    try:
        candidate = _generate(sre_parse.parse(pattern))
        return candidate if re.fullmatch(pattern, candidate) else None
    except (re.error, TypeError, ValueError, OverflowError):
        return None


def _clip(value: float, constraints: Mapping[str, Any], step: float) -> float:
    low = constraints.get("minimum", constraints.get("exclusiveMinimum"))
    high = constraints.get("maximum", constraints.get("exclusiveMaximum"))
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None and value <= low:
        return low + (step if "exclusiveMinimum" in constraints else 0)
    if high is not None and value >= high:
        return high - (step if "exclusiveMaximum" in constraints else 0)
    return value


LANGUAGE_SUFFIX = re.compile(r"_(fi|sv|en)$")
# Texts in three languages, by the field name without its language suffix.
TRANSLATED: dict[str, dict[str, str]] = {
    "title": {
        "fi": "Kallion kirjaston peruskorjaus", "sv": "Renoveringen av Berghälls bibliotek",
        "en": "Renovation of Kallio Library",
    },
    "name": {"fi": "Kokoushuone Kuusi", "sv": "Mötesrum Granen", "en": "Meeting room Spruce"},
    "unit_name": {
        "fi": "Helsingin keskustakirjasto Oodi", "sv": "Helsingfors centrumbibliotek Ode",
        "en": "Helsinki Central Library Oodi",
    },
    "type_name": {"fi": "Kokoustila", "sv": "Mötesrum", "en": "Meeting space"},
    "purposes": {"fi": "Kokoukset ja työskentely", "sv": "Möten och arbete", "en": "Meetings and working"},
    "service_name": {"fi": "Katujen kunnossapito", "sv": "Gatuunderhåll", "en": "Street maintenance"},
    "borough": {"fi": "Kallio", "sv": "Berghäll", "en": "Kallio"},
    "abstract": {
        "fi": "Kirjaston tilat uudistetaan vuosina 2027–2028. Kerro, mitä toivot uudelta kirjastolta.",
        "sv": "Bibliotekets lokaler förnyas 2027–2028. Berätta vad du önskar av det nya biblioteket.",
        "en": "The library's premises are renewed in 2027–2028. Tell us what you wish from the new library.",
    },
    "description": {
        "fi": "Rakennetaan valaistu kuntoilupaikka Kontulan puistoon.",
        "sv": "En belyst motionsplats byggs i Gårdsbacka park.",
        "en": "A lit outdoor gym is built in Kontula park.",
    },
    "body": {
        "fi": "Toivon penkkejä ja roska-astioita Vuosaaren rantaan.",
        "sv": "Jag önskar bänkar och soptunnor till stranden i Nordsjö.",
        "en": "I would like benches and litter bins on the Vuosaari shore.",
    },
    "process_title": {"fi": "OmaStadi 2023–2024", "sv": "OmaStadi 2023–2024", "en": "OmaStadi 2023–2024"},
    "scope_name": {"fi": "Itäinen suurpiiri", "sv": "Östra stordistriktet", "en": "Eastern major district"},
    "category_name": {"fi": "Puistot ja luonto", "sv": "Parker och natur", "en": "Parks and nature"},
    "budget_title": {"fi": "Itäinen suurpiiri", "sv": "Östra stordistriktet", "en": "Eastern major district"},
    "label": {"fi": "Liikenne", "sv": "Trafik", "en": "Traffic"},
    "labels": {"fi": "Liikenne, Puistot", "sv": "Trafik, Parker", "en": "Traffic, Parks"},
    "question_text": {
        "fi": "Mitä tiloja käyttäisit eniten?", "sv": "Vilka lokaler skulle du använda mest?",
        "en": "Which spaces would you use most?",
    },
    "option_text": {"fi": "Hiljaiset lukusalit", "sv": "Tysta läsesalar", "en": "Quiet reading rooms"},
}  # fmt: skip
# Values by the field's whole name, or by a pattern of it; the first that validates against the field wins.
REALISTIC: list[tuple[str, Any]] = [
    (r"(unit_)?lat", 60.1699),
    (r"(unit_)?(lon|long)", 24.9384),
    (r"service_request_id", "2026-04512345"),
    (r"resource_id|id", "tprek:8215"),  # a Varaamo id; Kerrokantasi's ids have no colon, so they get the next
    (r"hearing|section|id", "ogHrWDRtoY8GFqlk4HEf7Nm4ovFmSJMB"),
    (r"id", 10563),
    (r"unit_id", "tprek:51342"),
    (r"type_id", "av5k"),
    (r"service_code", "2812"),
    (r"service_object_id", "41047"),
    (r"service_object_type", "http://www.hel.fi/servicemap/v2"),
    (r"agency_responsible", "Kaupunkiympäristön toimiala"),
    (r"detailed_status", "PUBLIC_WORKS_NEW"),
    (r"zip_code", "00530"),
    (r"address", "Sturenkatu 2"),
    (r"title", "Roskakori täynnä"),
    (r"status_notes", "Kiitos palautteesta. Välitimme asian alueen kunnossapitourakoitsijalle."),
    (r"description|content|map_comment_text", "Roska-astia on ollut täynnä jo viikon, tyhjentäkää se."),
    (r"slug|process_slug", "kallion-kirjaston-peruskorjaus"),
    (r"link", "https://kerrokantasi.hel.fi/kallion-kirjaston-peruskorjaus"),
    (r"servicemap_url", "https://palvelukartta.hel.fi/fi/unit/8215"),
    (r"organization", "Kaupunkiympäristön toimiala"),
    (r"language_code", "fi"),
    (r"label_ids", "12,31"),
    (r"reference", "HEL-PROP-2023-05-1234"),
    (r"geometry_type", "Point"),
    (r"poll_answers", "[{\"question\": 7, \"type\": \"single-choice\", \"answers\": [21]}]"),
    (r"purposes", "meetings_and_working"),
    (r"price_type", "hourly"),
    (r"section_type", "main"),
    (r"opened_apis|closed_apis", "Kerrokantasi API, Varaamo API"),
    (r"year", 2025),
    (r"(budget_)?amount", 80000),
    (r"budget_total", 1100000),
    (r"(process|component|scope|category|budget|project|proposal|label|question|option)_id|question|option", 1342),
    (r"parent_comment", 10562),
    (r"n_votes|endorsements_count|vote_count|confirmed_votes", 37),
    (r"n_replies", 2),
    (r"n_comments|question_n_answers|n_answers", 128),
    (r"reservations", 4),
    (r"reserved_hours", 6.5),
    (r"people_capacity", 8),
    (r"area", 24.5),
    (r"min_price|max_price", 12.0),
    (r"handling_days", 3.84),
    (r"handling_working_days", 2.84),
    (r"opened|closed|open_at_end|datastore_opened", 4),
    (r"date", "2026-11-27"),
    (r"requested_datetime|created_at|open_at|published_at", "2026-11-27T07:41:12Z"),
    (r"updated_datetime|updated_at|deleted_at", "2026-11-30T12:05:40Z"),
    (r"close_at", "2026-12-18T21:59:59Z"),
]


@cache
def _field(spec_json: str) -> Field:
    return Field.from_descriptor(json.loads(spec_json))


def _valid(spec: Mapping[str, Any], value: Any) -> bool:
    try:
        cell, notes = _field(json.dumps(spec, sort_keys=True)).read_cell(value)
    except Exception:  # noqa: BLE001 - a descriptor frictionless cannot read gets the derived value
        return False
    return notes is None and cell is not None


def realistic_value(spec: Mapping[str, Any]) -> Any:
    """A value like those in the published data, when one is known for this field name and validates."""
    name = spec["name"]
    language = LANGUAGE_SUFFIX.search(name)
    if language:
        texts = TRANSLATED.get(name[: language.start()])
        if texts and _valid(spec, texts[language.group(1)]):
            return texts[language.group(1)]
    for pattern, value in REALISTIC:
        if re.fullmatch(pattern, name) and _valid(spec, value):
            return value
    return None


def example_value(spec: Mapping[str, Any]) -> Any:
    """A value that validates against the field `spec`, for showing what the column holds."""
    if "example" in spec:
        return spec["example"]
    realistic = realistic_value(spec)
    if realistic is not None:
        return realistic
    constraints = spec.get("constraints") or {}
    if constraints.get("enum"):
        return constraints["enum"][0]
    ftype = spec.get("type", "string")
    if ftype == "integer":
        return int(_clip(1, constraints, 1))
    if ftype == "number":
        value = _clip(1.5, constraints, 0.5)
        return round(value, 4) if isinstance(value, float) else value
    if ftype == "string":
        if spec.get("format") in FORMAT_EXAMPLES:
            return FORMAT_EXAMPLES[spec["format"]]
        if "pattern" in constraints:
            built = string_from_pattern(constraints["pattern"])
            if built is not None:
                return built
        text = "text"
        min_length = constraints.get("minLength", 0)
        max_length = constraints.get("maxLength")
        if len(text) < min_length:
            text = (text * (min_length // len(text) + 1))[:min_length]
        if max_length is not None:
            text = text[:max_length]
        return text
    return TYPE_EXAMPLES.get(ftype, "text")
