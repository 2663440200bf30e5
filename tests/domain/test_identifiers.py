"""MaLo, MeLo, BDEW code and IBAN rules."""

from __future__ import annotations

import random

import pytest

from nomos_desk.domain import identifiers as ids


def test_malo_check_digit_matches_bdew_sample() -> None:
    # 41373559241: odd positions 4+3+3+5+2=17, even 1+7+5+9+4=26 -> 17+52=69 -> check 1.
    assert ids.malo_check_digit("4137355924") == "1"
    assert ids.is_valid_malo("41373559241")


@pytest.mark.parametrize("value", ["41373559242", "4137355924", "01373559241", "4137355924X",
                                   "", "50491310272"])
def test_invalid_malos_are_rejected(value: str) -> None:
    assert not ids.is_valid_malo(value)


def test_generated_malos_are_valid_and_a_changed_digit_is_caught() -> None:
    rng = random.Random(7)
    for _ in range(200):
        malo = ids.make_malo(rng)
        assert ids.is_valid_malo(malo)
        pos = rng.randrange(10)
        changed = malo[:pos] + str((int(malo[pos]) + 1) % 10) + malo[pos + 1:]
        if changed[0] != "0":
            assert not ids.is_valid_malo(changed)


def test_bdew_code_from_the_spec_is_valid() -> None:
    assert ids.is_valid_bdew_code("9903964000002")
    assert not ids.is_valid_bdew_code("9903964000003")
    code = ids.make_bdew_code(random.Random(1))
    assert code.startswith("99") and len(code) == 13 and ids.is_valid_bdew_code(code)


def test_melo_format() -> None:
    melo = ids.make_melo(random.Random(3), "100001", "10115")
    assert len(melo) == 33 and ids.is_valid_melo(melo)
    assert not ids.is_valid_melo("DE" + "0" * 30)
    assert not ids.is_valid_melo("de" + "0" * 31)
    with pytest.raises(ValueError):
        ids.make_melo(random.Random(3), "1", "10115")


def test_iban_known_example_round_trips() -> None:
    assert ids.make_german_iban("37040044", "532013000") == "DE89370400440532013000"
    assert ids.is_valid_iban("DE89 3704 0044 0532 0130 00")
    assert ids.is_valid_iban("GB82WEST12345698765432")
    assert not ids.is_valid_iban("DE89370400440532013001")
    assert not ids.is_valid_iban("DE8937040044053201300")  # German IBANs have 22 characters
    assert ids.mask_iban("DE89370400440532013000") == "DE************3000"
    assert ids.format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"


def test_generated_ibans_validate() -> None:
    rng = random.Random(5)
    for _ in range(100):
        iban = ids.make_german_iban(f"{rng.randrange(10**7, 10**8)}", str(rng.randrange(10**10)))
        assert ids.is_valid_iban(iban)
    with pytest.raises(ValueError):
        ids.make_german_iban("3704004", "1")
