"""Local checks of typed input: codes, not sentences."""

from datetime import date

from nomos_desk.domain import validation as v


def test_zip_codes_have_five_digits():
    assert v.german_zip("01067") is None
    assert v.german_zip(" 10115 ") is None
    assert v.german_zip("1011").code == "zip_format"
    assert v.german_zip("1011A").code == "zip_format"
    assert v.german_zip("").code == "required"


def test_iban_format_and_checksum():
    assert v.iban("DE89 3704 0044 0532 0130 00") is None
    assert v.iban("de89370400440532013000") is None  # spaces and case do not matter
    assert v.iban("DE89370400440532013001").code == "iban_checksum"  # one digit off
    assert v.iban("DE8937040044053201300").code == "iban_format"  # 21 characters
    assert v.iban("NL91ABNA0417164300") is None
    assert v.iban("DE89-3704").code == "iban_format"
    assert v.iban("  ").code == "required"


def test_usage_dates_and_email():
    assert v.yearly_usage(3500) is None
    problem = v.yearly_usage(99)
    assert problem.code == "usage_too_low" and problem.limit == "100"
    assert v.future_day(date(2026, 12, 2), date(2026, 12, 1)) is None
    assert v.future_day(date(2026, 12, 1), date(2026, 12, 1)).code == "date_not_in_future"
    assert v.email("erika@example.org") is None
    assert v.email("erika@example").code == "email_format"
