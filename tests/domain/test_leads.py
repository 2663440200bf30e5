"""The lead form's rules without Qt: local checks, the request body, intent keys, drafts."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime

import pytest

from nomos_desk.domain import leads as L
from nomos_desk.domain.berlin import months_later
from nomos_desk.domain.lead_draft import Draft, DraftStore, Pending, decode, encode

TODAY = date(2026, 11, 16)


def complete(**changes) -> L.LeadInput:
    lead = L.LeadInput(plan_id="pln_1", first_name="Erika", last_name="Mustermann",
                       email="erika@example.org", zip="10115", street="Torstraße",
                       house_number="119", city="Berlin", usage_kwh=2500, meter_number="1ESY1")
    for name, value in changes.items():
        setattr(lead, name, value)
    return lead


def codes(lead, plan_type=L.CONSUMPTION, today=TODAY):
    return {name: p.code for name, p in L.problems(lead, plan_type, today).items()}


def test_a_complete_consumption_lead_has_no_problems():
    assert codes(complete()) == {}


def test_each_input_is_checked_under_its_api_field_name():
    lead = complete(plan_id="", zip="1011", usage_kwh=99, email="erika@", created_by="me",
                    customer_type=L.COMPANY, company_name=" ", start=L.ON_DATE,
                    start_date=TODAY, sepa=True, iban="DE89370400440532013001",
                    account_holder="")
    assert codes(lead) == {
        "plan": "required", "customer.company_name": "required",
        "customer.email": "email_format", "address.zip": "zip_format",
        "meter.estimated_usage": "usage_too_low", "intended_start_date": "date_not_in_future",
        "payment_method.sepa_debit.iban": "iban_checksum",
        "payment_method.sepa_debit.account_holder": "required", "created_by": "email_format"}


def test_optional_inputs_left_empty_are_fine():
    lead = complete(first_name="", last_name="", email="", street="", city="", meter_number="",
                    created_by="", sepa=False, iban="not checked when SEPA is off")
    assert codes(lead) == {}


@pytest.mark.parametrize("today,earliest", [
    (date(2026, 11, 16), date(2027, 1, 1)),   # 1 Dec is less than a month ahead
    (date(2026, 11, 1), date(2026, 12, 1)),   # exactly one month ahead counts
    (date(2026, 12, 31), date(2027, 2, 1)),   # a month ahead is 31 Jan: the next first
    (date(2027, 1, 31), date(2027, 3, 1)),    # a month after 31 Jan is 28 Feb
])
def test_feed_in_starts_on_the_first_of_a_month_at_least_a_month_ahead(today, earliest):
    assert L.earliest_feed_in_start(today) == earliest
    assert L.feed_in_start(earliest, today) is None
    problem = L.feed_in_start(earliest.replace(day=2), today)
    assert problem.code == "not_first_of_month" and problem.limit == earliest.isoformat()
    too_soon = months_later(earliest, -1)
    if too_soon > today:
        assert L.feed_in_start(too_soon, today).code == "start_too_soon"


def test_feed_in_needs_a_smart_meter_and_takes_no_previous_supplier():
    lead = complete(meter_type=L.ANALOG, start=L.ON_DATE, start_date=date(2026, 12, 1),
                    supplier_id="mp_1", supplier_name="Stadtwerke")
    assert codes(lead, L.FEED_IN) == {"meter.type": "feed_in_needs_smart",
                                      "intended_start_date": "start_too_soon"}
    body = L.request(complete(meter_type=L.SMART, supplier_id="mp_1"), L.FEED_IN, "k")
    assert body["previous_supplier"] is None


def test_a_supplier_typed_but_not_picked_is_a_problem_only_where_one_is_taken():
    lead = complete(supplier_name="Stadtw", supplier_id="")
    assert codes(lead) == {"previous_supplier": "pick_from_list"}
    lead.change_reason = L.MOVE_IN
    assert codes(lead) == {}


def test_metadata_keys():
    assert L.metadata_problem([("utm_source", "flyer"), ("", "")]) is None
    assert L.metadata_problem([("", "x")]).code == "metadata_key_missing"
    assert L.metadata_problem([("a", "1"), (" a ", "2")]).code == "metadata_key_twice"
    reserved = L.metadata_problem([(L.INTENT_KEY, "mine")])
    assert reserved.code == "metadata_key_reserved" and reserved.limit == L.INTENT_KEY


def test_the_request_body():
    lead = complete(customer_type=L.COMPANY, company_name="Muster GmbH", meter_type=L.SMART,
                    supplier_id="mp_7", supplier_name="Stadtwerke Kiel AG", start=L.ON_DATE,
                    start_date=date(2027, 2, 1), sepa=True, iban="de89 3704 0044 0532 0130 00",
                    account_holder=" Erika Mustermann ", metadata=[("utm_source", "flyer")],
                    created_by="vertrieb@brand.example")
    body = L.request(lead, L.CONSUMPTION, "intent-1")
    assert body == {
        "plan": "pln_1",
        "address": {"zip": "10115", "street": "Torstraße", "house_number": "119",
                    "city": "Berlin"},
        "meter": {"estimated_usage": 2500, "type": "smart", "number": "1ESY1"},
        "customer": {"type": "company", "first_name": "Erika", "last_name": "Mustermann",
                     "email": "erika@example.org", "company_name": "Muster GmbH"},
        "payment_method": {"type": "sepa_debit", "sepa_debit": {
            "iban": "DE89370400440532013000", "account_holder": "Erika Mustermann"}},
        "previous_supplier": "mp_7", "next_possible_start": False,
        "intended_start_date": date(2027, 2, 1), "change_reason": "supplier_change",
        "created_by": "vertrieb@brand.example",
        "metadata": {"utm_source": "flyer", L.INTENT_KEY: "intent-1", L.PLAN_KEY: "pln_1",
                     L.CUSTOMER_KEY: "Muster GmbH (Erika Mustermann)"},
    }


def test_an_empty_customer_and_the_next_possible_start():
    lead = L.LeadInput(plan_id="pln_1", zip="10115", usage_kwh=1500)
    body = L.request(lead, L.CONSUMPTION, "k")
    assert body["customer"] is None and body["payment_method"] is None
    assert body["next_possible_start"] is True and body["intended_start_date"] is None
    assert body["metadata"] == {L.INTENT_KEY: "k", L.PLAN_KEY: "pln_1"}


def test_intent_keys_and_links():
    first, second = L.new_intent(), L.new_intent()
    assert first != second and len(first) == 32
    assert L.carries_intent({L.INTENT_KEY: first}, first)
    assert not L.carries_intent({L.INTENT_KEY: second}, first)
    assert not L.carries_intent(None, first)
    assert L.plan_slug("https://flux.checkout.energy/?id=lead_1") == "flux"
    assert L.plan_slug("https://example.org/?id=lead_1") is None
    assert L.plan_slug(None) is None


def test_the_draft_keeps_everything_but_the_iban(tmp_path):
    lead = complete(sepa=True, iban="DE89370400440532013000", account_holder="Erika",
                    start=L.ON_DATE, start_date=date(2027, 1, 1), metadata=[("a", "b")])
    sent = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
    store = DraftStore(tmp_path / "profile" / "lead_draft.json")
    store.save(Draft(lead, Pending("intent-1", sent), "vertrieb@brand.example"))
    text = store.path.read_text("utf-8")
    assert "DE89" not in text and "3704" not in text
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    back = store.load()
    assert back.iban_left_out and back.lead.iban == ""
    assert back.lead.account_holder == "Erika" and back.lead.start_date == date(2027, 1, 1)
    assert back.lead.metadata == [("a", "b")] and back.lead.usage_kwh == 2500
    assert back.pending == Pending("intent-1", sent)
    assert back.created_by == "vertrieb@brand.example"
    # Saved again before the IBAN is typed anew: the note that it is missing stays.
    back_lead = back.lead
    store.save(Draft(back_lead, None, "", iban_left_out=True))
    assert store.load().iban_left_out


def test_a_damaged_draft_is_read_as_far_as_it_goes(tmp_path):
    assert decode([1, 2]) == Draft()
    draft = decode({"form": {"zip": 10115, "usage_kwh": "lots", "start_date": "soon",
                             "sepa": "yes", "metadata": [["k", "v"], "junk"], "city": "Kiel"},
                    "pending": {"intent": "x", "sent_at": "never"}})
    assert draft.lead.zip == "" and draft.lead.usage_kwh is None
    assert draft.lead.start_date is None and draft.lead.sepa is False
    assert draft.lead.metadata == [("k", "v")] and draft.lead.city == "Kiel"
    assert draft.pending is None
    path = tmp_path / "draft.json"
    path.write_text("{not json", "utf-8")
    assert DraftStore(path).load() == Draft()
    assert DraftStore(tmp_path / "missing.json").load() == Draft()
    assert encode(Draft())["form"] is None


def test_nothing_typed_writes_no_file_and_an_unchanged_draft_is_not_rewritten(tmp_path):
    store = DraftStore(tmp_path / "draft.json")
    store.save(Draft())
    assert not store.path.exists()
    store.save(Draft(complete()))
    written = store.path.stat().st_mtime_ns
    os.utime(store.path, ns=(0, 0))
    again = DraftStore(store.path)
    again.save(again.load())  # read and saved as it was: the file is left alone
    assert store.path.stat().st_mtime_ns == 0 != written


def test_periods_of_the_leads_list_in_berlin_time():
    from zoneinfo import ZoneInfo
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 1, 20, 15, 45, tzinfo=berlin)
    day = lambda m, d, y=2026: datetime(y, m, d, tzinfo=berlin)  # noqa: E731
    assert L.period_bounds("all", now) == (None, None)
    assert L.period_bounds("today", now) == (day(1, 20), None)
    assert L.period_bounds("7_days", now) == (day(1, 14), None)
    assert L.period_bounds("30_days", now) == (day(12, 22, 2025), None)
    assert L.period_bounds("this_month", now) == (day(1, 1), None)
    assert L.period_bounds("last_month", now) == (day(12, 1, 2025), day(1, 1))
    assert L.period_bounds("this_year", now) == (day(1, 1), None)
    summer = datetime(2026, 3, 31, 9, tzinfo=berlin)  # the clocks went forward on 29 March
    start, _ = L.period_bounds("7_days", summer)
    assert start == day(3, 25) and start.utcoffset().total_seconds() == 3600
    assert L.period_bounds("last_month", summer) == (day(2, 1), day(3, 1))
