"""Search finds a record by every field people give on the phone."""

import pytest

from nomos_desk.index.records import CustomerRecord, SubscriptionRecord
from nomos_desk.index.search import FEW_EXACT, fold_similar, search
from nomos_desk.index.store import IndexStore

from .factories import PLANS, customer, subscription


@pytest.fixture()
def store(tmp_path):
    s = IndexStore(tmp_path / "index.sqlite3")
    mueller = customer("Jürgen", "Müller", email="j.mueller@web.de", cid="cus_mueller")
    schmidt = customer("Anna", "Schmidt", company="Schmidt Bau GmbH",
                       email="info@schmidt-bau.de", cid="cus_schmidt")
    loner = customer("Petra", "Einsam", email="petra@einsam.de", cid="cus_loner")
    others = [customer("Max", f"Mustermann{i}") for i in range(20)]
    subs = [
        subscription("cus_mueller", number="4X44EMKX", street="Hauptstraße", house="5",
                     zip_code="80331", city="München", meter="1APA0195124010",
                     malo="50491310272", melo="DE0000001234567890000000000000042",
                     status="active", plan="pln_dyn", sid="sub_mueller"),
        subscription("cus_schmidt", number="Q7ZZ12AB", street="Industrieweg", house="12a",
                     zip_code="50667", city="Köln", meter="9XYZ0000000001", malo="40000000007",
                     melo="DE0000009999999999999999999999999", status="pending",
                     plan="pln_fix", sid="sub_schmidt"),
    ] + [subscription(c["id"], number=f"N{i:07d}", city="Hamburg", meter=f"7HAM{i:010d}",
                      malo=f"6{i:010d}", melo=f"DE77{i:029d}", status="ended")
         for i, c in enumerate(others)]
    s.upsert_plans([(p["id"], p["name"]) for p in PLANS])
    s.upsert([CustomerRecord.from_api(c) for c in [mueller, schmidt, loner, *others]],
             [SubscriptionRecord.from_api(x) for x in subs])
    yield s
    s.close()


def first(store, text):
    hits = search(store.con, text)
    assert hits, f"nothing found for {text!r}"
    return hits[0]


@pytest.mark.parametrize("text, sub_id", [
    ("Jürgen Müller", "sub_mueller"), ("jürg", "sub_mueller"),          # name, prefix
    ("Schmidt Bau", "sub_schmidt"), ("anna schm", "sub_schmidt"),       # company, person
    ("j.mueller@web.de", "sub_mueller"), ("info@schmidt", "sub_schmidt"),  # email
    ("4X44EMKX", "sub_mueller"), ("q7zz", "sub_schmidt"),               # subscription number
    ("Hauptstraße 5", "sub_mueller"), ("hauptstr", "sub_mueller"),      # street + number
    ("80331", "sub_mueller"), ("München", "sub_mueller"), ("koln", "sub_schmidt"),  # zip, city
    ("1APA0195124010", "sub_mueller"), ("9xyz", "sub_schmidt"),         # meter number
    ("50491310272", "sub_mueller"), ("4000000000", "sub_schmidt"),      # MaLo
    ("DE0000001234567890000000000000042", "sub_mueller"),              # MeLo
    ("pending", "sub_schmidt"), ("Ökostrom", "sub_schmidt"),            # status, plan
    ("dynamisch müller", "sub_mueller"),
])
def test_finds_by_each_field(store, text, sub_id):
    assert first(store, text).subscription_id == sub_id


@pytest.mark.parametrize("text", ["Mueller", "muller", "MÜLLER", "Muelle"])
def test_umlaut_spellings_find_each_other(store, text):
    hit = first(store, text)
    assert hit.customer_id == "cus_mueller" and not hit.fuzzy


@pytest.mark.parametrize("text, cid", [("Mülelr", "cus_mueller"), ("Schmitd", "cus_schmidt"),
                                       ("Muenchne", "cus_mueller"), ("Industriewg", "cus_schmidt")])
def test_tolerates_a_typo(store, text, cid):
    hit = first(store, text)
    assert hit.customer_id == cid and hit.fuzzy


def test_exact_matches_rank_above_corrections(store, tmp_path):
    store.upsert([CustomerRecord.from_api(customer("Hans", "Schmitt", cid="cus_schmitt"))])
    hits = search(store.con, "Schmitt")
    assert hits[0].customer_id == "cus_schmitt" and not hits[0].fuzzy
    assert "cus_schmidt" in [h.customer_id for h in hits[1:] if h.fuzzy]


def test_customer_without_subscription_is_a_result(store):
    hit = first(store, "Einsam")
    assert hit.subscription_id is None and hit.kind == "customer"
    assert hit.target_id == "cus_loner" and hit.email == "petra@einsam.de"


def test_result_row_carries_table_columns(store):
    hit = first(store, "4X44EMKX")
    assert (hit.name, hit.email, hit.number, hit.status, hit.plan, hit.city) == (
        "Jürgen Müller", "j.mueller@web.de", "4X44EMKX", "active", "Nomos Dynamisch", "München")
    company = first(store, "Schmidt Bau")
    assert company.name == "Schmidt Bau GmbH (Anna Schmidt)"


def test_house_number_matches_exactly_and_nonsense_finds_nothing(store):
    assert [h.subscription_id for h in search(store.con, "Hauptstraße 5")] == ["sub_mueller"]
    assert search(store.con, "Hauptstraße 7") == []
    assert search(store.con, "zzzzqqq") == []
    assert search(store.con, "m") == []  # one letter is not a query yet


def test_limit_caps_results(store):
    assert len(search(store.con, "mustermann", limit=5)) == 5
    assert len(search(store.con, "hamburg")) == 20


def test_broad_matches_put_whole_name_words_first(tmp_path, monkeypatch):
    from nomos_desk.index import search as search_module
    s = IndexStore(tmp_path / "i.sqlite3")
    people = [customer("Eva", "Schmidtke", cid="cus_pre1"), customer("Udo", "Schmidt", cid="cus_ex1"),
              customer("Ina", "Schmidtke", cid="cus_pre2"), customer("Olaf", "Schmidt", cid="cus_ex2"),
              customer("Kai", "Berg", cid="cus_street")]
    s.upsert([CustomerRecord.from_api(c) for c in people],
             [SubscriptionRecord.from_api(subscription("cus_street", number="ST000001",
                                                       street="Schmidtstraße"))])
    # Pretend four matches are "many": the staged order replaces bm25.
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    ids = [h.customer_id for h in search(s.con, "schmidt")]
    assert set(ids[:2]) == {"cus_ex1", "cus_ex2"}
    assert set(ids[2:4]) == {"cus_pre1", "cus_pre2"} and ids[4] == "cus_street"
    s.close()


def test_a_swap_is_corrected_before_other_one_letter_edits(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    people = [customer("Ute", "Schmitt", cid="cus_tt"), customer("Udo", "Schmid", cid="cus_d"),
              customer("Ulf", "Schmidt", cid="cus_dt")]
    s.upsert([CustomerRecord.from_api(c) for c in people])
    ids = [h.customer_id for h in search(s.con, "Schmitd")]
    assert ids[0] == "cus_dt" and set(ids) == {"cus_tt", "cus_d", "cus_dt"}
    s.close()


def test_result_row_carries_address_and_termination(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    sub = dict(subscription("cus_t", number="TERM0001", street="Lindenallee", house="7b",
                            zip_code="04109", city="Leipzig", sid="sub_t"),
               terminated_at="2026-12-01T09:30:00.000Z", end_at="2027-01-31T23:00:00.000Z")
    s.upsert([CustomerRecord.from_api(customer("Tina", "Kündigt", cid="cus_t"))],
             [SubscriptionRecord.from_api(sub)])
    hit = search(s.con, "term0001")[0]
    assert (hit.street, hit.house_number, hit.zip, hit.city) == (
        "Lindenallee", "7b", "04109", "Leipzig")
    assert (hit.status, hit.terminated_at, hit.end_at) == (
        "active", "2026-12-01T09:30:00.000Z", "2027-01-31T23:00:00.000Z")
    assert (hit.matched_field, hit.matched_value) == ("", "")  # the number has its own column
    s.close()


@pytest.mark.parametrize("text, field, value", [
    ("1APA0195124010", "meter", "1APA0195124010"), ("1apa01", "meter", "1APA0195124010"),
    ("50491310272", "malo", "50491310272"), ("5049131", "malo", "50491310272"),
    ("DE0000001234567890000000000000042", "melo", "DE0000001234567890000000000000042"),
    ("müller 1APA", "meter", "1APA0195124010"),
    ("Jürgen Müller", "", ""), ("Hauptstraße 5", "", ""),
])
def test_a_hit_says_which_identifier_matched(store, text, field, value):
    hit = first(store, text)
    assert hit.subscription_id == "sub_mueller"
    assert (hit.matched_field, hit.matched_value) == (field, value)


def _ranking_store(tmp_path, statuses: dict[str, str]) -> IndexStore:
    """Customers named Krause with one subscription each, in the statuses given."""
    s = IndexStore(tmp_path / "i.sqlite3")
    people = [customer("Kim", "Krause", cid=f"cus_{key}") for key in statuses]
    subs = [subscription(f"cus_{key}", number=f"K{n:07d}", sid=f"sub_{key}", status=status)
            for n, (key, status) in enumerate(statuses.items())]
    s.upsert([CustomerRecord.from_api(c) for c in people],
             [SubscriptionRecord.from_api(x) for x in subs])
    return s


def test_ended_subscriptions_rank_after_live_ones_of_equal_match(tmp_path):
    # Ended rows are written last, so they are the newest: the order is not by accident.
    statuses = {"a1": "active", "p1": "pending", "a2": "active", "e1": "ended", "e2": "ended"}
    s = _ranking_store(tmp_path, statuses)
    order = [h.subscription_id for h in search(s.con, "Krause")]
    assert set(order[:3]) == {"sub_a1", "sub_p1", "sub_a2"}
    assert set(order[3:]) == {"sub_e1", "sub_e2"}
    # A better match still comes first, ended or not: a whole-word name hit beats a
    # live subscription that only matches by the prefix of its street.
    s.upsert([CustomerRecord.from_api(customer("Udo", "Ufer", cid="cus_street"))],
             [SubscriptionRecord.from_api(subscription(
                 "cus_street", number="S0000001", sid="sub_street", street="Krausestraße"))])
    order = [h.subscription_id for h in search(s.con, "Krause")]
    assert order[-1] == "sub_street" and order.index("sub_e1") < order.index("sub_street")
    s.close()


def test_broad_matches_also_put_live_subscriptions_first(tmp_path, monkeypatch):
    from nomos_desk.index import search as search_module
    statuses = {"e1": "ended", "a1": "active", "e2": "ended", "a2": "active", "e3": "ended"}
    s = _ranking_store(tmp_path, statuses)
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)  # five matches are "many" now
    order = [h.subscription_id for h in search(s.con, "Krause")]
    assert set(order[:2]) == {"sub_a1", "sub_a2"} and len(order) == 5
    s.close()


def _namesakes(tmp_path, exact: int, similar: int) -> IndexStore:
    s = IndexStore(tmp_path / "i.sqlite3")
    people = ([customer("Eva", "Müller") for _ in range(exact)]
              + [customer("Eva", "Möller") for _ in range(similar)])
    s.upsert([CustomerRecord.from_api(c) for c in people])
    return s


def test_plenty_of_exact_hits_fold_the_typo_corrections(tmp_path):
    s = _namesakes(tmp_path, exact=10, similar=25)
    hits = search(s.con, "Müller")
    shown, folded = fold_similar(hits)
    assert len(shown) == 10 and not any(h.fuzzy for h in shown)
    assert len(folded) == 25 and all(h.fuzzy for h in folded)
    s.close()


def test_few_exact_hits_show_the_corrections_beside_them(tmp_path):
    s = _namesakes(tmp_path, exact=FEW_EXACT - 1, similar=25)
    shown, folded = fold_similar(search(s.con, "Müller"))
    assert folded == [] and len(shown) == FEW_EXACT - 1 + 25
    assert [h.fuzzy for h in shown] == [False] * (FEW_EXACT - 1) + [True] * 25
    s.close()
