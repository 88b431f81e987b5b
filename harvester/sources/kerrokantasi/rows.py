"""Kerrokantasi payloads → flat rows: hearings, comments, and poll results per question option.

Personal fields the API serves (`author_name`, `reply_to`, `creator_email`, `contact_persons`, images) are
never copied into a row, so no policy mistake can publish them; free text is passed on for scrubbing.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from harvester.core.errors import RecordError
from harvester.sources.base import Row
from harvester.sources.kerrokantasi.api import LANGUAGES, translated
from harvester.sources.values import boolean, free_text, integer, moment_text, required_text, text

#: Fields each payload is known to carry; others are schema drift. Checked against City-of-Helsinki/kerrokantasi
#: at 3eb459a31a12fd747ef11de0b86c344a7a6efbe2 (v2.10.8): hearings democracy/views/hearing.py
#: `HearingSerializer.Meta.fields` (the list drops `sections`, `contact_persons` and, unless asked, `geojson`);
#: comments democracy/views/comment.py `COMMENT_FIELDS` + democracy/views/section_comment.py
#: `SectionCommentSerializer` (+ `hearing`, `hearing_data` on the root list, `plugin_data` on request);
#: sections democracy/views/section.py `SectionSerializer` (+ `hearing` on the root list).
HEARING_FIELDS = frozenset(
    [
        "id",
        "slug",
        "title",
        "abstract",
        "borough",
        "n_comments",
        "published",
        "open_at",
        "close_at",
        "created_at",
        "closed",
        "servicemap_url",
        "labels",
        "geojson",
        "organization",
        "main_image",
        "preview_url",
        "default_to_fullscreen",
        "project",
        "contact_persons",
        "sections",
    ]
)
COMMENT_FIELDS = frozenset(
    [
        "id",
        "section",
        "hearing",
        "hearing_data",
        "content",
        "author_name",
        "n_votes",
        "created_at",
        "is_registered",
        "geojson",
        "map_comment_text",
        "images",
        "label",
        "organization",
        "flagged",
        "moderated",
        "edited",
        "pinned",
        "language_code",
        "answers",
        "comment",
        "comments",
        "n_comments",
        "reply_to",
        "deleted",
        "deleted_at",
        "deleted_by_type",
        "can_edit",
        "can_delete",
        "creator_email",
        "plugin_data",
    ]
)
SECTION_FIELDS = frozenset(
    [
        "id",
        "type",
        "commenting",
        "commenting_map_tools",
        "voting",
        "title",
        "abstract",
        "content",
        "created_at",
        "images",
        "n_comments",
        "files",
        "questions",
        "type_name_singular",
        "type_name_plural",
        "plugin_identifier",
        "plugin_data",
        "plugin_fullscreen",
        "hearing",
    ]
)
#: Fields a row is built from; when one goes missing at the source, the run report says so.
HEARING_USED = frozenset(
    [
        "id",
        "slug",
        "title",
        "abstract",
        "borough",
        "n_comments",
        "open_at",
        "close_at",
        "closed",
        "labels",
        "organization",
    ]
)
COMMENT_USED = frozenset(
    [
        "id",
        "section",
        "hearing",
        "content",
        "n_votes",
        "created_at",
        "is_registered",
        "geojson",
        "label",
        "language_code",
        "answers",
        "comment",
        "deleted",
    ]
)
SECTION_USED = frozenset(["id", "hearing", "type", "questions"])


class DriftWatch:
    """Counts fields a payload gained or lost against what the adapter knows, for the run report."""

    def __init__(self, kind: str, known: frozenset[str], used: frozenset[str]) -> None:
        self.kind = kind
        self.known = known
        self.used = used
        self.new: Counter[str] = Counter()
        self.missing: Counter[str] = Counter()

    def see(self, raw: Mapping[str, Any]) -> None:
        for name in raw:
            if name not in self.known:
                self.new[name] += 1
        for name in self.used:
            if name not in raw:
                self.missing[name] += 1

    def warnings(self) -> list[str]:
        found = [
            f"schema drift: {self.kind} payloads carry a field the harvester does not know, {name!r} "
            f"(in {n} {self.kind}s); it is not published until the job's policy and schema name it"
            for name, n in sorted(self.new.items())
        ]
        found += [
            f"schema drift: {self.kind} payloads lack the field {name!r} (in {n} {self.kind}s); "
            "the column it fills is empty for them"
            for name, n in sorted(self.missing.items())
        ]
        return found


# -- hearings --------------------------------------------------------------------------------------


def hearing_row(raw: Mapping[str, Any], ui_url: str) -> Row:
    """One hearing; labels become comma-separated ids and '; '-separated names per language."""
    key = required_text(str(raw.get("id") or "(no id)"), "id", raw.get("id"), strip=True)
    slug = _text(raw.get("slug"))
    row: Row = {"id": key, "slug": slug}
    _spread(row, "title", translated(key, raw, "title"))
    _spread(row, "abstract", translated(key, raw, "abstract"))
    _spread(row, "borough", translated(key, raw, "borough"))
    labels = raw.get("labels") or []
    if not isinstance(labels, list):
        raise RecordError(key, "labels", f"expected a list of labels, got {labels!r}")
    label_ids, names = [], {language: [] for language in LANGUAGES}
    for label in labels:
        if not isinstance(label, Mapping):
            raise RecordError(key, "labels", f"expected {{id, label}} objects, got {label!r}")
        label_ids.append(str(label.get("id")))
        for language, name in translated(key, label, "label").items():
            if name:
                names[language].append(name)
    row["label_ids"] = ",".join(label_ids) or None
    for language in LANGUAGES:
        row[f"labels_{language}"] = "; ".join(names[language]) or None
    row["organization"] = _text(raw.get("organization"))
    row["open_at"] = _datetime(key, raw, "open_at", required=True)
    row["close_at"] = _datetime(key, raw, "close_at", required=True)
    row["created_at"] = _datetime(key, raw, "created_at", required=False)
    row["closed"] = boolean(key, "closed", raw.get("closed"))
    row["n_comments"] = _integer(key, raw, "n_comments")
    row["servicemap_url"] = _text(raw.get("servicemap_url"))
    row["link"] = f"{ui_url.rstrip('/')}/{slug or key}"
    return row


# -- comments --------------------------------------------------------------------------------------


def comment_row(raw: Mapping[str, Any]) -> Row:
    """One comment: free text for scrubbing, the map geometry as one point, poll answers as compact JSON."""
    key = str(raw.get("id") or "(no id)")
    comment_id = _integer(key, raw, "id")
    if comment_id is None:
        raise RecordError(key, "id", "missing or empty")
    label = raw.get("label")
    if label is not None and not isinstance(label, Mapping):
        raise RecordError(key, "label", f"expected {{id, label}} or null, got {label!r}")
    label_names = translated(key, label, "label") if label else dict.fromkeys(LANGUAGES)
    geometry_type, lat, lon = _point(key, raw.get("geojson"))
    row: Row = {
        "id": comment_id,
        "hearing": required_text(key, "hearing", raw.get("hearing"), strip=True),
        "section": required_text(key, "section", raw.get("section"), strip=True),
        "parent_comment": _integer(key, raw, "comment"),
        "content": free_text(key, "content", raw.get("content")),
        "map_comment_text": free_text(key, "map_comment_text", raw.get("map_comment_text")),
        "created_at": _datetime(key, raw, "created_at", required=True),
        "n_votes": _integer(key, raw, "n_votes"),
        "n_replies": _integer(key, raw, "n_comments"),
        "language_code": _text(raw.get("language_code")),
        "label_id": _integer(key, label, "id") if label else None,
        "label_fi": label_names["fi"],
        "label_sv": label_names["sv"],
        "label_en": label_names["en"],
        "is_registered": boolean(key, "is_registered", raw.get("is_registered")),
        "organization": _text(raw.get("organization")),
        "edited": boolean(key, "edited", raw.get("edited")),
        "pinned": boolean(key, "pinned", raw.get("pinned")),
        "deleted": bool(boolean(key, "deleted", raw.get("deleted"))),
        "deleted_at": _datetime(key, raw, "deleted_at", required=False),
        "deleted_by_type": _text(raw.get("deleted_by_type")),
        "poll_answers": _answers(key, raw.get("answers")),
        "geometry_type": geometry_type,
        "lat": lat,
        "lon": lon,
    }
    return row


def _answers(key: str, answers: Any) -> str | None:
    """`[{question, type, answers:[option ids]}]` → `[{"question":1,"options":[2,3]}]` (compact, sorted)."""
    if answers in (None, []):
        return None
    if not isinstance(answers, list):
        raise RecordError(key, "answers", f"expected a list of poll answers, got {answers!r}")
    compact = []
    for answer in answers:
        if not isinstance(answer, Mapping) or not isinstance(answer.get("answers"), list):
            raise RecordError(key, "answers", f"expected {{question, answers: [...]}}, got {answer!r}")
        question = _integer(key, answer, "question")
        options = []
        for option in answer["answers"]:
            if isinstance(option, bool) or not isinstance(option, int):
                raise RecordError(
                    key, "answers", f"option id {option!r} of question {question} is not a number"
                )
            options.append(option)
        compact.append({"question": question, "options": sorted(options)})
    compact.sort(key=lambda item: item["question"] or 0)
    return json.dumps(compact, separators=(",", ":"))


def _point(key: str, geojson: Any) -> tuple[str | None, float | None, float | None]:
    """The geometry's type and one representative point (the mean of its positions), lat/lon WGS84."""
    if geojson is None or geojson == {}:
        return None, None, None
    if not isinstance(geojson, Mapping):
        raise RecordError(key, "geojson", f"expected a GeoJSON object or null, got {geojson!r}")
    kind = geojson.get("type")
    if kind == "Feature":
        return _point(key, geojson.get("geometry"))
    if kind == "FeatureCollection":
        features = geojson.get("features") or []
        geometries = [f.get("geometry") for f in features if isinstance(f, Mapping) and f.get("geometry")]
        if not geometries:
            return None, None, None
        if len(geometries) == 1:
            return _point(key, geometries[0])
        return _point(key, {"type": "GeometryCollection", "geometries": geometries})
    if kind == "GeometryCollection":
        positions = [
            position
            for geometry in geojson.get("geometries") or []
            if isinstance(geometry, Mapping)
            for position in _positions(key, geometry.get("coordinates"))
        ]
    elif isinstance(kind, str):
        positions = list(_positions(key, geojson.get("coordinates")))
    else:
        raise RecordError(key, "geojson", f"GeoJSON without a type: {geojson!r}")
    if not positions:
        return kind, None, None
    lon = sum(p[0] for p in positions) / len(positions)
    lat = sum(p[1] for p in positions) / len(positions)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise RecordError(key, "geojson", f"position lon={lon} lat={lat} is outside WGS84 coordinates")
    return kind, lat, lon


def _positions(key: str, coordinates: Any) -> Iterator[tuple[float, float]]:
    if coordinates is None:
        return
    if not isinstance(coordinates, list):
        raise RecordError(key, "geojson", f"coordinates must be lists, got {coordinates!r}")
    if coordinates and all(isinstance(c, int | float) and not isinstance(c, bool) for c in coordinates):
        if len(coordinates) < 2 or not all(math.isfinite(c) for c in coordinates):
            raise RecordError(
                key, "geojson", f"position {coordinates!r} needs a finite longitude and latitude"
            )
        yield float(coordinates[0]), float(coordinates[1])
        return
    for inner in coordinates:
        yield from _positions(key, inner)


# -- poll results ----------------------------------------------------------------------------------


def poll_rows(raw: Mapping[str, Any]) -> list[Row]:
    """One row per option of each question of one section, with the counts the section carries."""
    key = required_text(str(raw.get("id") or "(no id)"), "id", raw.get("id"), strip=True)
    hearing = required_text(key, "hearing", raw.get("hearing"), strip=True)
    questions = raw.get("questions") or []
    if not isinstance(questions, list):
        raise RecordError(key, "questions", f"expected a list of questions, got {questions!r}")
    rows: list[Row] = []
    for question in questions:
        if not isinstance(question, Mapping):
            raise RecordError(key, "questions", f"expected question objects, got {question!r}")
        question_id = _integer(key, question, "id")
        where = f"{key} question {question_id}"
        options = question.get("options") or []
        if question_id is None or not isinstance(options, list):
            raise RecordError(key, "questions", f"a question needs an id and a list of options: {question!r}")
        texts = translated(where, question, "text")
        for option in options:
            if not isinstance(option, Mapping):
                raise RecordError(where, "options", f"expected option objects, got {option!r}")
            option_id = _integer(where, option, "id")
            if option_id is None:
                raise RecordError(where, "options.id", "missing or empty")
            option_texts = translated(f"{where} option {option_id}", option, "text")
            rows.append(
                {
                    "hearing": hearing,
                    "section": key,
                    "section_type": _text(raw.get("type")),
                    "question": question_id,
                    "question_type": _text(question.get("type")),
                    "is_independent_poll": boolean(
                        where, "is_independent_poll", question.get("is_independent_poll")
                    ),
                    "question_text_fi": texts["fi"],
                    "question_text_sv": texts["sv"],
                    "question_text_en": texts["en"],
                    "question_n_answers": _integer(where, question, "n_answers"),
                    "option": option_id,
                    "option_text_fi": option_texts["fi"],
                    "option_text_sv": option_texts["sv"],
                    "option_text_en": option_texts["en"],
                    "n_answers": _integer(f"{where} option {option_id}", option, "n_answers"),
                }
            )
    return rows


# -- values ----------------------------------------------------------------------------------------


def _spread(row: Row, field: str, values: Mapping[str, str | None]) -> None:
    for language in LANGUAGES:
        row[f"{field}_{language}"] = values[language]


def _text(value: Any) -> str | None:
    """Kerrokantasi's texts are published without surrounding white space."""
    return text(value, strip=True)


def _integer(key: str, raw: Mapping[str, Any], field: str) -> int | None:
    """Django serves integers as JSON integers: a float there (12.0) is schema drift, not a count."""
    return integer(key, field, raw.get(field), whole_floats=False)


def _datetime(key: str, raw: Mapping[str, Any], field: str, *, required: bool) -> str | None:
    """Django renders datetimes as text with a Helsinki offset; a bare number is schema drift."""
    return moment_text(key, field, raw.get(field), required=required, text_only=True)
