"""Kerrokantasi indicators: hearings opened (by `open_at`) and comments given (by the comment's `created_at`)."""

from __future__ import annotations

from harvester.indicators.counting import yearly
from harvester.indicators.model import Context, Definition, Figure

HEARINGS = Definition(
    "kerrokantasi_hearings_opened",
    "count",
    "Avatut Kerrokantasi-kuulemiset",
    "Öppnade hörningar i Kerrokantasi",
    "Kerrokantasi hearings opened",
    ("kerrokantasi-hearings",),
    "Hearings whose open_at falls in the year (Helsinki time).",
)
COMMENTS = Definition(
    "kerrokantasi_comments",
    "count",
    "Kerrokantasi-kommentit",
    "Kommentarer i Kerrokantasi",
    "Comments given in Kerrokantasi",
    ("kerrokantasi-comments",),
    "Comments whose created_at falls in the year (Helsinki time), deleted comments included (they were given).",
)
DEFINITIONS = (HEARINGS, COMMENTS)


def compute(context: Context) -> list[Figure]:
    return [
        *yearly(
            context,
            HEARINGS,
            "kerrokantasi-hearings",
            "open_at",
            note="Only hearings the Kerrokantasi API lists publicly are counted.",
        ),
        *yearly(context, COMMENTS, "kerrokantasi-comments", "created_at"),
    ]
