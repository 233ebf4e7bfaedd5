"""Dates that agree with each other: activities inside the agreement, follow-ups and meetings in their periods,
nothing recorded as done after the day that counts as today (`--as-of`)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.dates import long_date
from samverkan.diagnostics import Localized, Message, Severity
from samverkan.models import MeetingStatus
from samverkan.periods import Period, PeriodError

from .registry import Context, Hit, hit, rule


@rule(
    "activity-outside-agreement",
    Severity.WARNING,
    Message(
        "Aktivitetens {which} ligger utanför överenskommelsens giltighetstid.",
        "The activity's {which} lies outside the agreement's period of validity.",
        "Rätta datumet, eller flytta aktiviteten till den överenskommelse den hör till.",
        "Correct the date, or move the activity to the agreement it belongs to.",
    ),
    "Aktiviteter börjar och slutar inom överenskommelsens giltighetstid.",
    "Activities start and end within the agreement's period of validity.",
    "dates",
    explanation_sv="""En aktivitet som börjar före överenskommelsen eller slutar efter den.

    Undvik: `start: 2019-08-01` på en aktivitet under en överenskommelse som gäller från 2019-12-20 – aktiviteten
    hörde då inte till den här överenskommelsen, och dess uppföljningar hör hemma någon annanstans.

    Bättre: utelämna `start`/`end` när aktiviteten pågår lika länge som överenskommelsen; ange dem bara när de
    ligger inom den.
    """,
)
def activity_outside_agreement(context: Context) -> Iterator[Hit]:
    """An activity that starts before the agreement or ends after it.

    Anti-pattern: `start: 2019-08-01` on an activity under an agreement valid from 2019-12-20 — the activity was
    then not part of this agreement, and its follow-ups belong elsewhere.

    Better: leave `start`/`end` out when the activity runs as long as the agreement; set them only inside it.
    """
    if context.agreement is None:
        return
    validity = context.agreement.model.validity
    for loaded in context.repository.activities:
        activity = loaded.model
        if activity.start is not None and activity.start < validity.start:
            yield hit(loaded, ("start",), which=Localized("startdatum", "start date"))
        if activity.start is not None and validity.end is not None and activity.start > validity.end:
            yield hit(loaded, ("start",), which=Localized("startdatum", "start date"))
        if activity.end is not None and validity.end is not None and activity.end > validity.end:
            yield hit(loaded, ("end",), which=Localized("slutdatum", "end date"))


@rule(
    "dates-out-of-order",
    Severity.ERROR,
    Message(
        "{what} ligger före {before}.",
        "{what} lies before {before}.",
        "Kontrollera datumen; ett slut kommer efter sin början, och nästa möte efter det här.",
        "Check the dates; an end comes after its start, and the next meeting after this one.",
    ),
    "Slut kommer efter början: aktivitetens slut efter dess (eller avtalets) start, nästa möte efter mötet.",
    "Ends come after starts: an activity's end after its (or the agreement's) start, the next meeting after this one.",
    "dates",
    explanation_sv="""Ett slut före början som schemat inte ser, eftersom början står i en annan fil.

    Undvik: en aktivitet med bara `end: 2019-06-30` under en överenskommelse som börjar 2019-12-20 (aktiviteten
    börjar då samtidigt som överenskommelsen och slutar alltså innan den har börjat), eller ett möte vars
    `next_meeting` ligger före mötet självt.

    Bättre: kontrollera årtalet – oftast är det ett skrivfel i det.
    """,
)
def dates_out_of_order(context: Context) -> Iterator[Hit]:
    """An end before its start, where the schema alone cannot see it because the start lives in another file.

    Anti-pattern: an activity with only `end: 2019-06-30` under an agreement that starts 2019-12-20 (its start
    defaults to the agreement's, so it ends before it begins); a meeting whose `next_meeting` is before itself.

    Better: check the year — most of these are a typo in it.
    """
    for loaded in context.repository.activities:
        start, _ = context.activity_span(loaded.model)
        if (
            loaded.model.start is None
            and loaded.model.end is not None
            and start is not None
            and loaded.model.end < start
        ):
            yield hit(
                loaded,
                ("end",),
                what=Localized("Aktivitetens slutdatum", "The activity's end date"),
                before=Localized("överenskommelsens startdatum", "the agreement's start date"),
            )
    for meeting in context.repository.meetings:
        following = meeting.model.next_meeting
        if following is not None and following.date <= meeting.model.date:
            yield hit(
                meeting,
                ("next_meeting", "date"),
                what=Localized("Nästa mötes datum", "The next meeting's date"),
                before=Localized(
                    "det här mötets datum (eller är samma dag)", "this meeting's date (or is the same day)"
                ),
            )


@rule(
    "followup-outside-activity",
    Severity.ERROR,
    Message(
        "Uppföljningen gäller en period då aktiviteten inte pågår.",
        "The follow-up is for a period when the activity is not running.",
        "Kontrollera perioden (`period` och mappen), och aktivitetens `start` och `end` (utan dem gäller "
        "överenskommelsens giltighetstid).",
        "Check the period (`period` and the folder), and the activity's `start` and `end` (without them, the "
        "agreement's period of validity applies).",
    ),
    "En uppföljnings period överlappar den tid då aktiviteten pågår.",
    "A follow-up's period overlaps the time the activity runs.",
    "dates",
    explanation_sv="""En uppföljning för en period då aktiviteten inte pågick.

    Undvik: en uppföljning för 2024Q1 av en aktivitet under en överenskommelse som slutade 2023-06-01. Oftast är det
    ett skrivfel i årtalet eller en kopierad fil.

    Bättre: uppföljningar bara för perioder då aktiviteten pågår, alltså perioder som överlappar aktivitetens
    `start`–`end` (utan egna datum gäller överenskommelsens).
    """,
)
def followup_outside_activity(context: Context) -> Iterator[Hit]:
    """A follow-up for a period in which its activity did not run.

    Anti-pattern: a follow-up for 2024Q1 of an activity under an agreement that ended 2023-06-01; usually a typo
    in the year or a copied file.

    Better: follow-ups only for periods that overlap the activity's `start`–`end` (the agreement's by default).
    """
    for followup in context.repository.followups:
        activity = context.activities.get(followup.model.activity)
        if activity is None:
            continue
        try:
            period = Period.parse(followup.model.period)
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        start, end = context.activity_span(activity.model)
        if (end is not None and period.start > end) or (start is not None and period.end < start):
            yield hit(followup, ("period",))


@rule(
    "meeting-date-out-of-period",
    Severity.WARNING,
    Message(
        "Mötet är daterat {when}.",
        "The meeting is dated {when}.",
        "Ett möte som följer upp en period hålls tidigast när perioden börjar och senast under perioden efter. "
        "Kontrollera `date` och `period`.",
        "A meeting that follows up a period is held at the earliest when the period starts and at the latest "
        "during the period after it. Check `date` and `period`.",
    ),
    "Ett mötes datum ligger tidigast i perioden det följer upp och senast i perioden efter.",
    "A meeting's date lies at the earliest in the period it follows up and at the latest in the next one.",
    "dates",
    explanation_sv="""Ett möte med ett datum långt från perioden det följer upp.

    Undvik: `meetings/2021Q3.yaml` med datumet 2021-03-10 (innan kvartalet började) eller 2022-05-01 (tre kvartal
    senare). Ett av de två är fel, och rapporten för kvartalet väljer fel möte.

    Bättre: mötet som följer upp en period hålls under perioden eller under perioden efter.
    """,
)
def meeting_date_out_of_period(context: Context) -> Iterator[Hit]:
    """A meeting dated far from the period it follows up.

    Anti-pattern: `meetings/2021Q3.yaml` dated 2021-03-10 (before the quarter began) or 2022-05-01 (three
    quarters later): one of the two is wrong, and the report for the quarter picks the wrong meeting.

    Better: the meeting that follows up a period is held during it or in the following one.
    """
    for meeting in context.repository.meetings:
        try:
            period = Period.parse(meeting.model.period)
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        if meeting.model.date < period.start:
            yield hit(
                meeting, ("date",), when=Localized("före perioden det följer upp", "before the period it follows up")
            )
        elif meeting.model.date > period.next().end:
            yield hit(
                meeting,
                ("date",),
                when=Localized(
                    "efter perioden som följer på den det följer upp",
                    "after the period following the one it follows up",
                ),
            )


@rule(
    "done-in-future",
    Severity.ERROR,
    Message(
        "{what} är registrerat som genomfört efter {today}.",
        "{what} is recorded as done after {today}.",
        "Det som ännu inte har hänt kan inte vara genomfört. Rätta datumet, eller ändra status tills det har skett.",
        "What has not happened yet cannot be done. Correct the date, or change the status until it has happened.",
    ),
    "Inget är registrerat som genomfört efter dagens datum (eller --as-of).",
    "Nothing is recorded as done after today (or --as-of).",
    "dates",
    explanation_sv="""Något som är registrerat som genomfört en dag som inte har kommit än.

    Undvik: en uppföljning med `done_on` nästa månad, en åtgärdspunkt som är `klar` med ett `done_on` i framtiden,
    ett möte markerat `genomfört` nästa vecka. Oftast är det ett skrivfel i årtalet, eller en plan som har skrivits
    som ett resultat.

    Bättre: registrera det som är planerat som planerat (`status: planerat`, `öppen`), och som genomfört först när
    det är gjort.
    """,
)
def done_in_future(context: Context) -> Iterator[Hit]:
    """Something recorded as done on a day that has not come yet.

    Anti-pattern: a follow-up with `done_on` next month, an action point `klar` with a future `done_on`, a
    meeting marked `genomfört` for next week. Usually a typo in the year, or a plan written as a result.

    Better: record what is planned as planned (`status: planerat`, `öppen`), and as done once it is.
    """
    today = Localized(long_date(context.today, "sv"), long_date(context.today, "en"))
    for followup in context.repository.followups:
        if followup.model.done_on is not None and followup.model.done_on > context.today:
            yield hit(followup, ("done_on",), what=Localized("Uppföljningen", "The follow-up"), today=today)
    for meeting in context.repository.meetings:
        if meeting.model.status is MeetingStatus.GENOMFORT and meeting.model.date > context.today:
            yield hit(meeting, ("status",), what=Localized("Mötet", "The meeting"), today=today)
        for index, point in enumerate(meeting.model.action_points):
            if point.done_on is not None and point.done_on > context.today:
                yield hit(
                    meeting,
                    ("action_points", index, "done_on"),
                    what=Localized("Åtgärdspunkten", "The action point"),
                    today=today,
                )
