"""Every kind of schema error our models can produce, mapped to the line and column a user must look at."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from samverkan.catalog import has, shown
from samverkan.config import LintConfig
from samverkan.fieldpath import FieldPath
from samverkan.loader import parse_bytes
from samverkan.models import Activity, Agreement, Council, FollowUp, Meeting
from samverkan.schema_errors import diagnostics_from

F = "data/x.yaml"


def check(model: type[BaseModel], source: str) -> list[tuple[int | None, int | None, str, str]]:
    """(line, column, code, Swedish message) of each finding, in the order a user sees them."""
    document, problems = parse_bytes(source.encode("utf-8"), F)
    assert problems == [] and document is not None
    try:
        model.model_validate(document.data)
    except ValidationError as error:
        return [(d.line, d.column, d.code, d.message("sv")) for d in diagnostics_from(error, model, document, F)]
    return []


def hints(model: type[BaseModel], source: str, lang: str = "sv") -> list[str]:
    document, _ = parse_bytes(source.encode("utf-8"), F)
    assert document is not None
    try:
        model.model_validate(document.data)
    except ValidationError as error:
        found = diagnostics_from(error, model, document, F)
        return [d.hint(lang) for d in found]  # type: ignore[arg-type]
    return []


ACTIVITY = "id: sig\nname: SIG\n"


def test_valid_activity_has_no_findings() -> None:
    assert check(Activity, ACTIVITY) == []


# ------------------------------------------------------------------------------------------------ missing field


def test_missing_field_at_top_points_at_the_file_start() -> None:
    assert check(Activity, "# kommentar\n\nname: SIG\n") == [
        (3, 1, "schema-missing-field", "Fältet `id` saknas i filens översta nivå.")
    ]
    assert hints(Activity, "name: SIG\n") == [
        "Lägg till raden `id: …` med ett värde. Beskrivningen av fältet visas i editorn via JSON-schemat."
    ]


def test_three_missing_fields_are_three_findings_in_one_run() -> None:
    """Findings at the same place are not merged when they are about different fields (issue 10, item 9)."""
    assert check(Meeting, "# ett möte utan något\nplace: Rådhuset\n") == [
        (2, 1, "schema-missing-field", "Fältet `period` saknas i filens översta nivå."),
        (2, 1, "schema-missing-field", "Fältet `date` saknas i filens översta nivå."),
    ]
    found = check(Agreement, "notes: x\n")
    assert [f[3] for f in found] == [
        "Fältet `id` saknas i filens översta nivå.",
        "Fältet `title` saknas i filens översta nivå.",
        "Fältet `parties` saknas i filens översta nivå.",
    ]


def test_an_activity_needs_a_name_or_the_words_of_its_promise() -> None:
    assert check(Activity, "id: sig\n") == [
        (1, 1, "schema-inconsistent", "Filen är inte konsekvent: ange `name` eller `text`.")
    ]
    assert check(Activity, "id: sig\nkind: löfte\ntext: Polisen lovar.\nby: [polisen]\n") == []


def test_missing_field_in_a_list_item_points_at_that_item() -> None:
    source = ACTIVITY + "responsibilities:\n  - party: polisen\n  - roles: [deltar]\n"
    assert check(Activity, source) == [
        (5, 5, "schema-missing-field", "Fältet `party` saknas i ansvar 2."),
    ]


def test_missing_field_in_a_nested_mapping_points_at_the_parent() -> None:
    source = "period: 2021Q3\nforum: BRÅ\ndate: 2021-09-01\nnext_meeting:\n  place: Rådhuset\n"
    assert check(Meeting, source) == [(5, 3, "schema-missing-field", "Fältet `date` saknas i `next_meeting`.")]


# ---------------------------------------------------------------------------------------------------- unknown key


def test_unknown_key_points_at_the_key_and_suggests_a_close_match() -> None:
    source = ACTIVITY + "staus: pågående\n"
    assert check(Activity, source) == [(3, 1, "schema-unknown-key", "Okänd nyckel `staus` i filens översta nivå.")]
    assert hints(Activity, source, "en") == [
        "Check the spelling. Did you mean `status`? Keys allowed here: applies_to, by, causes, communication, "
        "condition, description, due, due_as_stated, end, extension, focus_areas, full_name, goals, id, illustrative, "
        "indicators, internal, internal_fields, involves, kind, name, notes, order, part, problems, production_targets, remarks, responsibilities, start, "
        "status, text, timing and trigger."
    ]


def test_unknown_key_deep_down_without_a_close_match() -> None:
    source = ACTIVITY + "responsibilities:\n  - party: polisen\n    kontaktperson: x\n"
    assert check(Activity, source) == [
        (5, 5, "schema-unknown-key", "Okänd nyckel `kontaktperson` i ansvar 1."),
    ]
    assert hints(Activity, source) == [
        "Kontrollera stavningen. Tillåtna nycklar här: as_signed, contact_role, party, roles, scope, uncertain och "
        "units."
    ]


def test_unknown_key_that_could_be_a_name_or_number_is_not_shown() -> None:
    assert check(Activity, ACTIVITY + "19121212-1212: x\nÅsa Öberg: y\n") == [
        (3, 1, "schema-unknown-key", "Okänd nyckel (nyckeln) i filens översta nivå."),
        (4, 1, "schema-unknown-key", "Okänd nyckel (nyckeln) i filens översta nivå."),
    ]
    document, _ = parse_bytes((ACTIVITY + "19121212-1212: x\n").encode("utf-8"), F)
    assert document is not None
    try:
        Activity.model_validate(document.data)
    except ValidationError as error:
        found = diagnostics_from(error, Activity, document, F)
    assert [d.message("en") for d in found] == ["Unknown key (the key) in the file's top level."]  # no Swedish


# -------------------------------------------------------------------------------------- choices and patterns


def test_enum() -> None:
    assert check(Activity, ACTIVITY + "status: klart\n") == [
        (3, 9, "schema-invalid-choice", "Fältet `status` har ett värde som inte är tillåtet.")
    ]
    assert hints(Activity, ACTIVITY + "status: klart\n") == ["Välj ett av: planerad, pågående, pausad eller avslutad."]


def test_enum_inside_nested_lists() -> None:
    source = (
        ACTIVITY + "responsibilities:\n"
        "  - party: a\n    roles: [deltar]\n"
        "  - party: b\n    roles:\n      - deltar\n      - leder\n"
    )
    assert check(Activity, source) == [
        (9, 9, "schema-invalid-choice", "Ansvar 2, roll 2 har ett värde som inte är tillåtet.")
    ]


def test_slug_pattern() -> None:
    assert check(Activity, "id: Team Ungdom\nname: x\n") == [
        (1, 5, "schema-invalid-id", "Fältet `id` är inte ett giltigt id.")
    ]
    assert check(Activity, ACTIVITY + "goals: [ok, färre-brott]\n") == [
        (3, 13, "schema-invalid-id", "Mål 2 är inte ett giltigt id.")
    ]


def test_period_pattern() -> None:
    assert check(FollowUp, "activity: sig\nperiod: 2021-Q3\n") == [
        (2, 9, "schema-invalid-period", "Fältet `period` är inte en giltig period.")
    ]


def test_period_that_is_not_text_is_a_wrong_type() -> None:
    assert check(FollowUp, "activity: sig\nperiod: 2021\n") == []  # a year written as a number is the year
    assert check(FollowUp, "activity: sig\nperiod: 2021.5\n") == [
        (2, 9, "schema-wrong-type", "Fältet `period` ska vara text.")
    ]


# ---------------------------------------------------------------------------------------------- dates and times

MEETING = "period: 2021Q3\nforum: Centrala BRÅ\n"


def test_date_format() -> None:
    assert check(Meeting, MEETING + "date: 15/9 2021\n") == [
        (3, 7, "schema-invalid-date", "Fältet `date` är inte ett giltigt datum.")
    ]
    assert check(Meeting, MEETING + "date: 2021-09-15T10:00\n") == [
        (3, 7, "schema-invalid-date", "Fältet `date` är inte ett giltigt datum.")
    ]
    assert check(Meeting, MEETING + "date: 20210915\n") == [
        (3, 7, "schema-invalid-date", "Fältet `date` är inte ett giltigt datum.")
    ]


def test_impossible_date() -> None:
    assert check(Meeting, MEETING + "date: 2021-02-30\n") == [
        (3, 7, "schema-invalid-date", "Fältet `date` är inte ett giltigt datum.")
    ]
    assert hints(Meeting, MEETING + "date: 2021-02-30\n") == [
        "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2021-03-15, och kontrollera att dagen finns i kalendern."
    ]


def test_clock_format() -> None:
    source = (
        MEETING
        + "date: 2021-09-15\nstart_time: 18:30\nend_time: 1930\nnext_meeting:\n  date: 2021-12-01\n  time: 24:00\n"
    )
    assert check(Meeting, source) == [
        (5, 11, "schema-invalid-time", "Fältet `end_time` är inte ett giltigt klockslag."),
        (8, 9, "schema-invalid-time", "Fältet `next_meeting.time` är inte ett giltigt klockslag."),
    ]


# -------------------------------------------------------------------------------------------------- wrong types


def test_wrong_types() -> None:
    source = (
        "id: sig\n"
        "name: [SIG]\n"  # str given a list
        "order: tre\n"  # int given text
        "goals: farre-brott\n"  # list given text
        "communication: Trygghetssamordnaren\n"  # model given text
        "production_targets:\n"
        "  - text: x\n    count: 2.5\n"  # int given a float
        "  - text: y\n    count: [1]\n"  # int given a list
        "  - Fyra lektioner\n"  # model given text, in a list
        "responsibilities:\n  - party: a\n    uncertain: yes\n"  # StrictBool given `yes`
    )
    assert check(Activity, source) == [
        (2, 7, "schema-wrong-type", "Fältet `name` ska vara text."),
        (3, 8, "schema-wrong-type", "Fältet `order` ska vara ett heltal."),
        (4, 8, "schema-wrong-type", "Fältet `goals` ska vara en lista."),
        (5, 16, "schema-wrong-type", "Fältet `communication` ska vara nycklar med värden."),
        (8, 12, "schema-wrong-type", "Produktionsmål 1, fältet `count` ska vara ett heltal."),
        (10, 12, "schema-wrong-type", "Produktionsmål 2, fältet `count` ska vara ett heltal."),
        (11, 5, "schema-wrong-type", "Produktionsmål 3 ska vara nycklar med värden."),
        (14, 16, "schema-wrong-type", "Ansvar 1, fältet `uncertain` ska vara true eller false."),
    ]


def test_wrong_type_hints() -> None:
    assert hints(Activity, ACTIVITY + "responsibilities:\n  - party: a\n    uncertain: yes\n") == [
        "Skriv true eller false (inte ja/nej, yes/no eller on/off)."
    ]
    assert hints(Activity, ACTIVITY + "order: 2.5\n", "en") == [
        "Write a whole number in digits only, without quotes or decimals."
    ]


def test_float_and_dict_types() -> None:
    assert check(
        FollowUp, "activity: sig\nperiod: 2021Q3\nindicator_values:\n  - indicator: x\n    value: många\n"
    ) == [(5, 12, "schema-wrong-type", "Indikatorvärde 1, fältet `value` ska vara ett tal.")]
    assert check(
        FollowUp, "activity: sig\nperiod: 2021Q3\nindicator_values:\n  - indicator: x\n    value: {a: 1}\n"
    ) == [(5, 12, "schema-wrong-type", "Indikatorvärde 1, fältet `value` ska vara ett tal.")]
    assert check(LintConfig, "rules:\n  - goal-vague-verb\n") == [
        (2, 3, "schema-wrong-type", "Fältet `rules` ska vara nycklar med värden.")
    ]


def test_boolean_given_one_of_the_yaml_11_words() -> None:
    for word in ("yes", "no", "on", "off", "ja", "1"):
        assert check(FollowUp, f"activity: sig\nperiod: 2021Q3\nillustrative: {word}\n") == [
            (3, 15, "schema-wrong-type", "Fältet `illustrative` ska vara true eller false.")
        ]


def test_phone_number_and_clock_stay_text_for_a_text_field() -> None:
    assert check(Activity, ACTIVITY + "full_name: 0701234567\ndescription: 18:30\n") == []


# ------------------------------------------------------------------------------------------------ out of range


def test_out_of_range() -> None:
    source = ACTIVITY + "order: 0\nproduction_targets:\n  - text: x\n    count: -1\n"
    assert check(Activity, source) == [
        (3, 8, "schema-out-of-range", "Fältet `order` ligger utanför gränsen: minst 1."),
        (6, 12, "schema-out-of-range", "Produktionsmål 1, fältet `count` ligger utanför gränsen: minst 0."),
    ]
    assert check(LintConfig, "expiry_warning_days: 4000\n") == [
        (1, 22, "schema-out-of-range", "Fältet `expiry_warning_days` ligger utanför gränsen: högst 3650.")
    ]


def test_too_long_and_empty_text() -> None:
    assert check(Activity, f"id: sig\nname: {'x' * 301}\nnotes: ''\n") == [
        (2, 7, "schema-out-of-range", "Fältet `name` ligger utanför gränsen: högst 300 tecken."),
        (3, 8, "schema-empty", "Fältet `notes` saknar text."),
    ]


def test_too_few_items() -> None:
    source = "governance:\n  forum: x\n  representation:\n    - party: a\n      roles: []\n"
    found = [f for f in check(Agreement, source) if f[2] != "schema-missing-field"]
    assert found == [
        (
            5,
            14,
            "schema-out-of-range",
            "Företrädare 1, fältet `roles` ligger utanför gränsen: minst 1 post.",
        )
    ]


# ------------------------------------------------------------------------------------------- custom validators


def test_end_before_start_points_at_the_end() -> None:
    assert check(Activity, ACTIVITY + "start: 2021-06-01\nend: 2021-01-01\n") == [
        (4, 6, "schema-inconsistent", "Filen är inte konsekvent: slutet ligger före början.")
    ]
    source = MEETING + "date: 2021-09-15\nstart_time: '18:30'\nend_time: '17:00'\n"
    assert check(Meeting, source) == [
        (5, 11, "schema-inconsistent", "Filen är inte konsekvent: slutet ligger före början.")
    ]


def inconsistent(model: type[BaseModel], source: str) -> list[tuple[int | None, int | None, str, str]]:
    """Only the findings of our own checks (the sources below leave out required fields that do not matter here)."""
    return [f for f in check(model, source) if f[2] == "schema-inconsistent"]


def test_every_span_of_days_refuses_an_end_before_its_start() -> None:
    backwards = "är inte konsekvent: slutet ligger före början."
    window = "follow_up:\n  windows:\n  - id: lofte-2024-2025\n    start: 2025-06-01\n    end: 2024-06-01\n"
    assert inconsistent(Agreement, window) == [
        (5, 10, "schema-inconsistent", f"Uppföljningsfönster 1 (lofte-2024-2025) {backwards}")
    ]
    period = "situation_report:\n  period:\n    start: 2018-04-30\n    end: 2017-11-01\n"
    assert inconsistent(Agreement, period) == [
        (4, 10, "schema-inconsistent", f"Fältet `situation_report.period` {backwards}")
    ]


def test_a_role_names_its_party_or_organisation() -> None:
    present = "signing:\n  present:\n  - role: Kommunpolis\n"
    assert inconsistent(Agreement, present) == [
        (3, 5, "schema-inconsistent", "Närvarande 1 är inte konsekvent: ange `party` (part-id) eller `organisation`.")
    ]
    member = "name: BRÅ\nmembers:\n- role: Kommunpolis\n"
    assert inconsistent(Council, member) == [
        (3, 3, "schema-inconsistent", "Ledamot 1 är inte konsekvent: ange `party` (part-id) eller `organisation`.")
    ]


def test_validity_rules() -> None:
    def validity_findings(block: str) -> list[tuple[int | None, int | None, str, str]]:
        return [f for f in check(Agreement, "validity:\n" + block) if f[2] != "schema-missing-field"]

    assert validity_findings("  start: 2023-06-01\n  end: 2019-12-20\n") == [
        (3, 8, "schema-inconsistent", "Fältet `validity` är inte konsekvent: slutet ligger före början.")
    ]
    # A start without an end is what many documents give: lint may warn, the schema does not refuse it.
    assert validity_findings("  start: 2020-01-01\n") == []
    assert validity_findings("  start: 2019\n  end: 2021\n") == []  # years only, as the document says
    assert validity_findings("  start: 2021\n  end: 2019-12\n") == [
        (3, 8, "schema-inconsistent", "Fältet `validity` är inte konsekvent: slutet ligger före början.")
    ]
    assert validity_findings("  start: våren 2024\n") == [
        (2, 10, "schema-invalid-partial-date", "Fältet `validity.start` är inte ett giltigt datum.")
    ]
    assert validity_findings("  until_further_notice: false\n") == []
    assert [f[2:] for f in check(Agreement, "validity: {}\n") if f[2] == "schema-inconsistent"] == [
        (
            "schema-inconsistent",
            "Fältet `validity` är inte konsekvent: ange minst ett värde, eller ta bort `validity` och skriv `validity` "
            "i `not_stated`.",
        )
    ]
    assert validity_findings("  start: 2020-01-01\n  end: 2021-01-01\n  until_further_notice: true\n") == [
        (
            4,
            25,
            "schema-inconsistent",
            "Fältet `validity` är inte konsekvent: ange antingen ett slutdatum eller `until_further_notice: true`.",
        )
    ]


def test_done_on_without_status_klar() -> None:
    source = (
        MEETING + "date: 2021-09-15\naction_points:\n"
        "  - id: ok\n    what: x\n    owner_party: polisen\n    deadline: 2021-10-01\n"
        "    status: klar\n    done_on: 2021-09-30\n"
        "  - id: inte-ok\n    what: y\n    owner_party: polisen\n    deadline: 2021-10-01\n"
        "    done_on: 2021-09-30\n"
    )
    assert check(Meeting, source) == [
        (
            15,
            14,
            "schema-inconsistent",
            "Åtgärdspunkt 2 (inte-ok) är inte konsekvent: `done_on` anges bara när `status` är `klar`.",
        )
    ]


# ----------------------------------------------------------------------------------- deep and odd locations


def test_errors_deep_inside_nested_lists_and_models() -> None:
    source = (
        "action_plan:\n  title: x\n  goals:\n    - id: a\n      name: A\n      subgoals:\n"
        "        - id: b\n          name: B\n          indicators:\n"
        "            - id: c\n              name: C\n              source: Källa\n"
    )
    found = [f for f in check(Agreement, source) if f[2] != "schema-missing-field"]
    assert found == [
        (
            12,
            23,
            "schema-invalid-id",
            "Mål 1 (a), delmål 1 (b), indikator 1 (c), fältet `source` är inte ett giltigt id.",
        )
    ]


def test_free_mapping_keys_typed_by_the_user_are_not_shown() -> None:
    assert check(LintConfig, "rules:\n  19121212-1212: nej\n  goal-vague-verb: nej\n") == [
        (2, 18, "schema-invalid-choice", "Fältet `rules.…` har ett värde som inte är tillåtet."),
        (3, 20, "schema-invalid-choice", "Fältet `rules.goal-vague-verb` har ett värde som inte är tillåtet."),
    ]


def test_english_messages() -> None:
    document, _ = parse_bytes(b"id: sig\nname: SIG\nstatus: klart\nnme: x\n", F)
    assert document is not None
    try:
        Activity.model_validate(document.data)
    except ValidationError as error:
        found = diagnostics_from(error, Activity, document, F)
    assert [(d.line, d.column, d.message("en"), d.hint("en")) for d in found] == [
        (
            3,
            9,
            "The field `status` has a value that is not allowed.",
            "Choose one of: planerad, pågående, pausad or avslutad.",
        ),
        (
            4,
            1,
            "Unknown key `nme` in the file's top level.",
            "Check the spelling. Did you mean `name`? Keys allowed here: applies_to, by, causes, communication, "
            "condition, description, due, due_as_stated, end, extension, focus_areas, full_name, goals, id, "
            "illustrative, indicators, internal, internal_fields, involves, kind, name, notes, order, part, problems, production_targets, "
            "remarks, responsibilities, start, status, text, timing and trigger.",
        ),
    ]


# ------------------------------------------------------------------------------------------ places in words

ACTION = "  - id: {id}\n    what: x\n    owner_party: polisen\n    deadline: 2021-10-01\n"


def test_a_list_item_is_named_in_words_with_its_id() -> None:
    source = MEETING + "date: 2021-09-15\naction_points:\n" + ACTION.format(id="linkopingsmodellen-roll")
    source += "    status: klr\n"
    assert check(Meeting, source) == [
        (
            9,
            13,
            "schema-invalid-choice",
            "Åtgärdspunkt 1 (linkopingsmodellen-roll), fältet `status` har ett värde som inte är tillåtet.",
        )
    ]
    document, _ = parse_bytes(source.encode(), F)
    assert document is not None
    try:
        Meeting.model_validate(document.data)
    except ValidationError as error:
        found = diagnostics_from(error, Meeting, document, F)
    assert [d.message("en") for d in found] == [
        "Action point 1 (linkopingsmodellen-roll), field `status` has a value that is not allowed."
    ]


def test_a_missing_field_names_the_list_item_it_is_missing_in() -> None:
    source = MEETING + "date: 2021-09-15\naction_points:\n  - id: ring-skolan\n    what: x\n    owner_party: a\n"
    assert check(Meeting, source) == [
        (5, 5, "schema-missing-field", "Fältet `deadline` saknas i åtgärdspunkt 1 (ring-skolan).")
    ]


def test_nested_list_items_are_named_one_after_the_other() -> None:
    source = (
        "action_plan:\n  title: x\n  goals:\n    - id: a\n      name: A\n"
        "    - id: minska-x\n      name: B\n      subgoals:\n        - id: c\n          name: [C]\n"
    )
    found = [f for f in check(Agreement, source) if f[2] != "schema-missing-field"]
    assert found == [(10, 17, "schema-wrong-type", "Mål 2 (minska-x), delmål 1 (c), fältet `name` ska vara text.")]


@pytest.mark.parametrize("item_id", ["199001011234", "x-123456-y", "Åsa Öberg", "a" * 81, "[1, 2]"])
def test_an_id_that_is_not_a_slug_or_could_be_an_identity_number_is_not_shown(item_id: str) -> None:
    source = MEETING + "date: 2021-09-15\naction_points:\n" + ACTION.format(id=item_id) + "    status: klr\n"
    found = [f for f in check(Meeting, source) if f[2] == "schema-invalid-choice"]
    assert found == [
        (9, 13, "schema-invalid-choice", "Åtgärdspunkt 1, fältet `status` har ett värde som inte är tillåtet.")
    ]


def test_a_list_with_no_word_of_its_own_is_still_named() -> None:
    data = {"extra": [{"id": "a", "x": 1}], "rules": {"19121212-1212": [[1]]}}
    assert shown(FieldPath.of(("extra", 0, "x"), data), "sv", "cap") == "Post 1 (a) i `extra`, fältet `x`"
    assert shown(FieldPath.of(("rules", "19121212-1212", 0, 0), data), "en") == "item 1 of (the key), item 1"
    assert shown(FieldPath.of((), data), "sv") == "filen"
    assert shown(FieldPath.of((), data), "en", "place") == "the file's top level"


def _list_fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[str]:
    """The name of every list field in `model` and the models below it."""
    names: set[str] = set()
    if model in seen:
        return names
    seen.add(model)
    for name, info in model.model_fields.items():
        for annotation in _annotations(info.annotation):
            if typing.get_origin(annotation) is list:
                names.add(name)
            elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names |= _list_fields(annotation, seen)
    return names


def _annotations(annotation: Any) -> list[Any]:
    """`annotation` and everything inside it: `list[Goal] | None` gives the list, `Goal` and `None`."""
    found = [annotation]
    for inner in typing.get_args(annotation):
        found += _annotations(inner)
    return found


def test_every_list_in_the_schemas_has_a_word_for_its_items() -> None:
    names: set[str] = set()
    for model in (Agreement, Activity, FollowUp, Meeting, Council, LintConfig):
        names |= _list_fields(model, set())
    assert "action_points" in names and "subgoals" in names and "organisation_domains" in names
    for lang in ("sv", "en"):
        assert sorted(name for name in names if not has(f"list.{name}", lang)) == []  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------- did you mean …?


def test_a_misspelt_choice_suggests_the_closest_allowed_value() -> None:
    source = ACTIVITY + "status: Pagaende\n"
    assert hints(Activity, source) == ["Menade du `pågående`? Välj ett av: planerad, pågående, pausad eller avslutad."]
    assert hints(Activity, source, "en") == [
        "Did you mean `pågående`? Choose one of: planerad, pågående, pausad or avslutad."
    ]


def test_a_long_list_of_choices_is_left_to_the_schema() -> None:
    source = "parties:\n  - id: a\n    name: A\n    kind: komun\n"
    found = [h for h in hints(Agreement, source) if h.startswith("Menade")]
    assert found == [
        "Menade du `kommun`? De tillåtna värdena står i beskrivningen av fältet i JSON-schemat (`samverkan schema`)."
    ]


def test_a_suggestion_never_repeats_what_was_typed() -> None:
    # Close to an allowed value, and a personnummer: only our own value is named.
    source = ACTIVITY + "status: pausad 1912\n"
    assert hints(Activity, source) == ["Menade du `pausad`? Välj ett av: planerad, pågående, pausad eller avslutad."]
    assert hints(LintConfig, "rules:\n  goal-vague-verb: nej\n") == [
        "Välj ett av: av, varning, fel, off, warning eller error."
    ]


# ------------------------------------------------------------------------------------- no value is ever echoed

MARKER = "19121212-1212"


def test_no_value_is_ever_echoed_whatever_the_kind_of_error() -> None:
    """The fake personnummer typed into every kind of wrong place: each gives a finding, none repeats it."""
    cases: list[tuple[type[BaseModel], str]] = [
        (Activity, f"id: {MARKER}\nname: [{MARKER}]\norder: '{MARKER}'\nstatus: {MARKER}\nstart: {MARKER}\n"),
        (Activity, f"id: sig\nname: SIG\ngoals: {MARKER}\ncommunication: {MARKER}\n{MARKER}: x\nx{MARKER}: y\n"),
        (Activity, f"id: sig\nname: SIG\nfocus_areas: [{MARKER}_x]\n"),
        (Activity, f"id: sig\nname: {MARKER * 30}\nresponsibilities:\n  - party: {MARKER}\n    roles: [{MARKER}]\n"),
        (Activity, f"id: sig\nname: SIG\nproduction_targets:\n  - text: x\n    count: {MARKER}\n    per: {MARKER}\n"),
        (FollowUp, f"activity: sig\nperiod: {MARKER}\nillustrative: {MARKER}\ndone_on: '{MARKER}'\n"),
        (FollowUp, f"activity: sig\nperiod: 2021Q3\nindicator_values:\n  - indicator: x\n    value: {MARKER}\n"),
        (Meeting, f"period: 2021Q3\nforum: x\ndate: 2021-01-01\nstart_time: {MARKER}\nstatus: {MARKER}\n"),
        (Meeting, f"period: 2021Q3\nforum: x\ndate: 2021-01-01\naction_points: [{{id: a, what: {MARKER}}}]\n"),
        (LintConfig, f"rules:\n  {MARKER}: {MARKER}\n  x{MARKER}: [{MARKER}]\nexpiry_warning_days: {MARKER}\n"),
    ]
    codes: set[str] = set()
    for model, source in cases:
        document, problems = parse_bytes(source.encode(), F)
        assert document is not None and problems == []
        try:
            model.model_validate(document.data)
        except ValidationError as error:
            found = diagnostics_from(error, model, document, F)
        else:  # pragma: no cover
            raise AssertionError(source)
        for d in found:
            codes.add(d.code)
            for lang in ("sv", "en"):
                shown = f"{d.message(lang)} {d.hint(lang)}"  # type: ignore[arg-type]
                assert "1212" not in shown, shown
    assert codes == {
        "schema-invalid-id",
        "schema-wrong-type",
        "schema-invalid-choice",
        "schema-invalid-date",
        "schema-invalid-partial-date",
        "schema-unknown-key",
        "schema-out-of-range",
        "schema-missing-field",
        "schema-invalid-period",
        "schema-invalid-time",
    }
