"""Municipal-initiative indicators (Kuntalaisaloite.fi): initiatives received (sent to the city) and answered
(the city's answer date) per year."""

from __future__ import annotations

from harvester.indicators.counting import yearly
from harvester.indicators.model import Context, Definition, Figure

JOB = "municipal-initiatives"

RECEIVED = Definition(
    "municipal_initiatives_received",
    "count",
    "Vastaanotetut kuntalaisaloitteet (Kuntalaisaloite.fi)",
    "Mottagna invånarinitiativ (Kuntalaisaloite.fi)",
    "Municipal initiatives received (Kuntalaisaloite.fi)",
    (JOB,),
    "Initiatives whose sent_date (sent to the city) falls in the year.",
)
ANSWERED = Definition(
    "municipal_initiatives_answered",
    "count",
    "Vastatut kuntalaisaloitteet (Kuntalaisaloite.fi)",
    "Besvarade invånarinitiativ (Kuntalaisaloite.fi)",
    "Municipal initiatives answered (Kuntalaisaloite.fi)",
    (JOB,),
    "Initiatives whose decision_date (the city's answer, from the initiative's public page) falls in the year.",
)
DEFINITIONS = (RECEIVED, ANSWERED)
ONLY_SERVICE = "Only initiatives made through Kuntalaisaloite.fi; initiatives made on paper or by e-mail are not counted."


def compute(context: Context) -> list[Figure]:
    return [
        *yearly(context, RECEIVED, JOB, "sent_date", note=ONLY_SERVICE),
        *yearly(
            context,
            ANSWERED,
            JOB,
            "decision_date",
            note=ONLY_SERVICE
            + " The answer date is read from the public page; the JSON API does not serve it.",
        ),
    ]
