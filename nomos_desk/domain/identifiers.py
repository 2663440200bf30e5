"""German energy-market identifiers: MaLo, MeLo, IBAN, BDEW codes.

Pure functions shared by the sandbox generator (to make valid data) and the
app (to validate what an operator types before a request is sent).

Check-digit algorithm used for MaLo and BDEW codes (BDEW "Prüfziffer"): over
the digits before the check digit, sum the digits in odd positions (1st, 3rd,
...) plus twice the sum of the digits in even positions; the check digit is
``(10 - total % 10) % 10``. Verified against the BDEW sample MaLo
41373559241 and the spec's BDEW code 9903964000002. (The spec's MaLo example
50491310272 does not satisfy it: it is an illustrative value, not a real one.)
"""

from __future__ import annotations

import random
import re
import string

_MALO_RE = re.compile(r"^[1-9]\d{10}$")
_MELO_RE = re.compile(r"^DE[0-9A-Z]{31}$")
_BDEW_RE = re.compile(r"^\d{13}$")
_IBAN_DE_RE = re.compile(r"^DE\d{20}$")
_IBAN_ANY_RE = re.compile(r"^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$")
_MELO_ALPHABET = string.digits + string.ascii_uppercase


def bdew_check_digit(digits: str) -> str:
    """The BDEW check digit over `digits` (odd positions x1, even positions x2)."""
    if not digits.isdigit():
        raise ValueError("check digit needs digits only")
    odd = sum(int(c) for c in digits[0::2])
    even = sum(int(c) for c in digits[1::2])
    return str((10 - (odd + 2 * even) % 10) % 10)


# -- MaLo (Marktlokations-ID) ---------------------------------------------------
def malo_check_digit(first10: str) -> str:
    if len(first10) != 10:
        raise ValueError("a MaLo check digit is computed over exactly 10 digits")
    return bdew_check_digit(first10)


def is_valid_malo(value: str) -> bool:
    """11 digits, no leading zero, last digit the BDEW check digit."""
    return bool(_MALO_RE.match(value or "")) and malo_check_digit(value[:10]) == value[10]


def make_malo(rng: random.Random) -> str:
    # Real MaLo-IDs never start with 0; most issued ones start with 4, 5 or 1.
    first10 = str(rng.choice((1, 4, 5))) + f"{rng.randrange(10**9):09d}"
    return first10 + malo_check_digit(first10)


# -- MeLo (Messlokations-ID) ------------------------------------------------------
def is_valid_melo(value: str) -> bool:
    """'DE' + 31 upper-case alphanumerics (33 characters); MeLos carry no check digit."""
    return bool(_MELO_RE.match(value or ""))


def make_melo(rng: random.Random, grid_operator: str, zip_code: str) -> str:
    """DE + 6-digit grid operator number + 5-digit zip + 20-char counter, the usual layout."""
    if len(grid_operator) != 6 or len(zip_code) != 5:
        raise ValueError("grid operator needs 6 and zip 5 characters")
    counter = "".join(rng.choice(_MELO_ALPHABET) for _ in range(4)) + f"{rng.randrange(10**16):016d}"
    return "DE" + grid_operator + zip_code + counter


# -- BDEW codes (market partner numbers) -----------------------------------------
def is_valid_bdew_code(value: str) -> bool:
    return bool(_BDEW_RE.match(value or "")) and bdew_check_digit(value[:12]) == value[12]


def make_bdew_code(rng: random.Random) -> str:
    # Codes issued by the BDEW codes registry start with 99 (GLNs of GS1 start otherwise).
    first12 = "99" + f"{rng.randrange(10**10):010d}"
    return first12 + bdew_check_digit(first12)


# -- IBAN (ISO 13616, check digits ISO 7064 mod 97-10) -----------------------------
_LETTER_VALUES = str.maketrans({c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)})


def _iban_number(rearranged: str) -> int:
    """Letters become 10..35 (ISO 13616), then the digits form one integer."""
    return int(rearranged.translate(_LETTER_VALUES))


def iban_check_digits(country: str, bban: str) -> str:
    remainder = _iban_number(bban + country + "00") % 97
    return f"{98 - remainder:02d}"


def make_german_iban(bank_code: str, account: str) -> str:
    """DE + check digits + 8-digit Bankleitzahl + 10-digit account number."""
    if len(bank_code) != 8 or not bank_code.isdigit() or not account.isdigit():
        raise ValueError("a German BBAN is an 8-digit bank code and up to 10 account digits")
    bban = bank_code + account.zfill(10)
    if len(bban) != 18:
        raise ValueError("account number longer than 10 digits")
    return "DE" + iban_check_digits("DE", bban) + bban


def normalize_iban(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def is_valid_iban(value: str) -> bool:
    iban = normalize_iban(value)
    if not _IBAN_ANY_RE.match(iban):
        return False
    if iban.startswith("DE") and not _IBAN_DE_RE.match(iban):
        return False
    return _iban_number(iban[4:] + iban[:4]) % 97 == 1


def mask_iban(value: str) -> str:
    """Country code, 12 stars, last four characters: the shape Nomos returns."""
    iban = normalize_iban(value)
    if len(iban) < 8:
        raise ValueError("too short to be an IBAN")
    return iban[:2] + "*" * 12 + iban[-4:]


def format_iban(value: str) -> str:
    """Groups of four, as printed on invoices (masked IBANs pass through unchanged)."""
    iban = normalize_iban(value)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
