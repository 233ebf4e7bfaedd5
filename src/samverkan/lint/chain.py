"""Brå's chain: problem (focus area) → goal → activity → follow-up. Every link is there, and goals can be measured."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.diagnostics import Message, Severity

from .registry import Context, GoalAt, Hit, hit, rule


@rule(
    "focus-area-unserved",
    Severity.WARNING,
    Message(
        "Inget mål och ingen aktivitet arbetar med den här inriktningen.",
        "No goal and no activity works on this focus area.",
        "Lägg till inriktningens id i `focus_areas` hos ett mål eller en aktivitet, eller skriv i `notes` varför "
        "den saknar egna åtgärder.",
        "Add the focus area's id to `focus_areas` of a goal or an activity, or explain in `notes` why it has no "
        "measures of its own.",
    ),
    "Varje inriktning har minst ett mål eller en aktivitet som arbetar med den.",
    "Every focus area has at least one goal or activity working on it.",
    "chain",
    explanation_sv="""En vald inriktning som ingenting i handlingsplanen arbetar med.

    Undvik: överenskommelsen anger fyra inriktningar, men handlingsplanens mål och aktiviteter täcker bara tre. Det
    fjärde problemet prioriterades men får sedan inga åtgärder, ingen uppföljning och ingen effekt.

    Bättre: ge inriktningen ett mål (`focus_areas: [<id>]` på målet) eller aktiviteter, eller skriv öppet varför
    inte.
    """,
)
def focus_area_unserved(context: Context) -> Iterator[Hit]:
    """A chosen focus area that nothing in the action plan works on.

    Anti-pattern: the agreement names four focus areas, but the action plan's goals and activities only cover
    three. The fourth problem was prioritised and then has no measures, no follow-up and no effect.

    Better: give the focus area a goal (`focus_areas: [<id>]` on the goal) or activities, or state openly why not.
    """
    agreement = context.agreement
    if agreement is None:
        return
    served = {area for at in context.goals for area in at.goal.focus_areas}
    served |= {area for loaded in context.repository.activities for area in loaded.model.focus_areas}
    for index, area in enumerate(agreement.model.focus_areas):
        if area.id not in served:
            yield hit(agreement, ("focus_areas", index, "name"))


@rule(
    "activity-unanchored",
    Severity.WARNING,
    Message(
        "Aktiviteten hör inte till något mål eller någon inriktning.",
        "The activity belongs to no goal and no focus area.",
        "Ange vilka mål (`goals`) eller inriktningar (`focus_areas`) aktiviteten arbetar mot.",
        "Say which goals (`goals`) or focus areas (`focus_areas`) the activity works towards.",
    ),
    "Varje aktivitet arbetar mot minst ett mål eller en inriktning.",
    "Every activity works towards at least one goal or focus area.",
    "chain",
    explanation_sv="""En aktivitet som inte arbetar mot något mål eller någon inriktning.

    Undvik: en aktivitet som står i planen för att den alltid har gjort det. Dess effekt går inte att koppla till
    något prioriterat problem, och uppföljningen kan inte säga vad den har förändrat.

    Bättre: `goals: [<målets id>]` eller `focus_areas: [<inriktningens id>]` – varje åtgärd ska ta sig an ett valt
    problem.
    """,
)
def activity_unanchored(context: Context) -> Iterator[Hit]:
    """An activity that serves no goal and no focus area.

    Anti-pattern: an activity that is in the plan because it always was; its effect cannot be traced to any
    prioritised problem, and the follow-up cannot say what it changed.

    Better: `goals: [<goal id>]` or `focus_areas: [<focus area id>]` — every measure acts on a chosen problem.
    """
    for loaded in context.repository.activities:
        if not loaded.model.goals and not loaded.model.focus_areas:
            yield hit(loaded, ("name",))


@rule(
    "goal-unmeasurable",
    Severity.WARNING,
    Message(
        "Målet har ingen indikator, så det går inte att följa upp om det nås.",
        "The goal has no indicator, so whether it is reached cannot be followed up.",
        "Lägg till minst en indikator (`indicators`) med källa, gärna med utgångsläge (`baseline`) och målvärde "
        "(`target`), hos målet eller ett delmål.",
        "Add at least one indicator (`indicators`) with a source, preferably with a baseline (`baseline`) and a "
        "target (`target`), on the goal or a sub-goal.",
    ),
    "Varje mål kan mätas: det eller ett delmål har minst en indikator.",
    "Every goal can be measured: it or a sub-goal has at least one indicator.",
    "chain",
    explanation_sv="""Ett mål som inte går att mäta.

    Undvik: ”Öka tryggheten” utan någon indikator. Brå efterfrågar avgränsade och mätbara mål; utan ett mått kan
    uppföljningen bara säga vad som gjordes, aldrig om det hjälpte.

    Bättre: en indikator från en av överenskommelsens källor (t.ex. Polisens trygghetsmätning), med utgångsläget
    från lägesbilden och ett målvärde (ett värde eller en riktning, samt ett datum).
    """,
)
def goal_unmeasurable(context: Context) -> Iterator[Hit]:
    """A goal with no way to measure it.

    Anti-pattern: "Öka tryggheten" with no indicator. Brå asks for bounded and measurable goals; without a measure
    the follow-up can only say what was done, never whether it helped.

    Better: an indicator from one of the agreement's sources (e.g. Polisens trygghetsmätning), with the baseline
    from the lägesbild and a target (a value or a direction and a date).
    """
    agreement = context.agreement
    if agreement is None:
        return
    for at in context.goals:
        if not _measured(at):
            yield hit(agreement, (*at.path, "name"))


def _measured(at: GoalAt) -> bool:
    stack = [at.goal]
    while stack:
        goal = stack.pop()
        if goal.indicators:
            return True
        stack.extend(goal.subgoals)
    return False


#: Verbs that promise an effort rather than a result; Brå's guidance names "verka för" and "värna om".
VAGUE_VERBS = ("verka för", "värna om", "arbeta för", "sträva efter", "bidra till")
_VAGUE = re.compile(r"(?<!\w)(" + "|".join(v.replace(" ", r"\s+") for v in VAGUE_VERBS) + r")(?!\w)", re.IGNORECASE)


@rule(
    "goal-vague-verb",
    Severity.WARNING,
    Message(
        "Målet använder ett vagt verb (som ”verka för”, ”värna om” eller ”arbeta för”) som inte går att följa upp.",
        "The goal uses a vague verb (such as “verka för”, “värna om” or “arbeta för”) that cannot be followed up.",
        "Skriv vad som ska förändras, hur mycket och till när, t.ex. ”Minska anmälda skadegörelsebrott i centrum "
        "med 20 % till 2023”.",
        "Say what should change, by how much and by when, e.g. “Reduce reported vandalism in the centre by 20 % "
        "by 2023”.",
    ),
    "Målens namn säger vad som ska förändras, inte bara att man ska ”verka för” något.",
    "Goal names say what should change, not just that one will “work towards” something.",
    "chain",
    explanation_sv="""Ett mål formulerat med ett verb som lovar ansträngning, inte ett resultat.

    Undvik: ”Verka för ökad trygghet”, ”Värna om ungdomarna”. Ingenting i ett sådant mål går att mäta, och det kan
    aldrig visa sig att målet inte nåddes.

    Bättre: ett konkret, mätbart mål med ett datum: ”Minska andelen elever i åk 9 som använt narkotika till under
    5 % till 2023” – ett effektmål, processmål eller produktionsmål.
    """,
)
def goal_vague_verb(context: Context) -> Iterator[Hit]:
    """A goal phrased with a verb that promises effort, not a result.

    Anti-pattern: "Verka för ökad trygghet", "Värna om ungdomarna". Nothing in such a goal can be measured or found
    not to be met.

    Better: a specific, measurable, dated goal: "Minska andelen elever i åk 9 som använt narkotika till under 5 %
    till 2023" — an effektmål, processmål or produktionsmål.
    """
    agreement = context.agreement
    if agreement is None:
        return
    for at in context.goals:
        match = _VAGUE.search(at.goal.name)
        if match:
            yield hit(agreement, (*at.path, "name"))
