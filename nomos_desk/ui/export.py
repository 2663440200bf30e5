"""CSV files that open cleanly in the spreadsheet of the user's language.

German Excel expects a semicolon between fields and a decimal comma (the comma is
its decimal sign), and reads UTF-8 only with a byte-order mark; English Excel
expects commas and decimal points. Numbers are written without digit grouping (a
grouped "1.234" would read as one point two three four), dates as the locale's
short date with the full year, text as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale

from nomos_desk.domain.privacy import write_private
from nomos_desk.ui import fmt

Cell = str | int | float | Decimal | date | datetime | None


def delimiter(locale: QLocale | None = None) -> str:
    """";" where the decimal sign is a comma (German), "," elsewhere."""
    locale = locale or QLocale()
    return ";" if locale.decimalPoint() == "," else ","


def cell_text(value: Cell, locale: QLocale | None = None, decimals: int = 2) -> str:
    locale = locale or QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        return fmt.when_datetime(value, with_time=True)
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = f"{float(value):.{decimals}f}"
        return text.replace(".", locale.decimalPoint())
    return str(value)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Cell]],
             locale: QLocale | None = None, decimals: int = 2) -> str:
    locale = locale or QLocale()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(locale), lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([cell_text(v, locale, decimals) for v in row])
    return out.getvalue()


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
              decimals: int = 2) -> None:
    """Write the table for a spreadsheet: user-only (it holds customer data), with a BOM."""
    data = csv_text(headers, rows, decimals=decimals).encode("utf-8-sig")
    write_private(path, data)
