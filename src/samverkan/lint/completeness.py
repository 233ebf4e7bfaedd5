"""Follow-ups that answer the agreement's three questions: what was done, who cooperated, what effects it had."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.diagnostics import Localized, Message, Severity

from .registry import Context, Hit, hit, rule

QUESTIONS = {
    "done": Localized("Vad har genomförts?", "What has been done?"),
    "cooperated": Localized("Vem har samverkat kring aktiviteten?", "Who has cooperated on the activity?"),
    "effects": Localized("Vilka effekter har aktiviteten haft?", "What effects has the activity had?"),
}


@rule(
    "followup-incomplete",
    Severity.ERROR,
    Message(
        "Uppföljningen svarar inte på frågan ”{question}” (fältet {field} saknas eller är tomt).",
        "The follow-up does not answer the question “{question}” (the field {field} is missing or empty).",
        "Skriv ett svar, även ett kort. ”Inget genomfört under perioden” och ”Inga kända effekter ännu” är "
        "giltiga svar.",
        "Write an answer, even a short one. “Inget genomfört under perioden” and “Inga kända effekter ännu” "
        "are valid answers.",
    ),
    "Varje uppföljning svarar på de tre frågorna: vad som genomförts, vem som samverkat och vilka effekter.",
    "Every follow-up answers the three questions: what was done, who cooperated and what effects it had.",
    "followups",
    explanation_sv="""En uppföljning som lämnar en av överenskommelsens tre frågor obesvarad.

    Undvik: en uppföljning där `done:` är ifyllt men `effects:` saknas. Överenskommelsen lovar att varje uppföljning
    visar vad som har genomförts, vem som har samverkat och eventuella effekter; en tyst lucka ser ut som
    ”ingenting”.

    Bättre: besvara alla tre frågorna, med enkla ord. ”Inga kända effekter ännu” är ett ärligt svar, och det räknas
    som ett svar.
    """,
)
def followup_incomplete(context: Context) -> Iterator[Hit]:
    """A follow-up that leaves one of the agreement's three questions unanswered.

    Anti-pattern: a follow-up with `done:` filled in and `effects:` left out. The agreement promises that every
    follow-up shows what was done, who cooperated and any effects; a silent gap looks like "nothing".

    Better: answer all three, plainly. "Inga kända effekter ännu" is an honest answer, and it is one.
    """
    for followup in context.repository.followups:
        for key, question in QUESTIONS.items():
            value = getattr(followup.model, key)
            if value is None or not value.strip():
                yield hit(followup, (key,), prefer_key=True, question=question, field=f"`{key}`")
