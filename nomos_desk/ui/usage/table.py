"""The chart's values as a table for a spreadsheet (written by ui/export.write_csv)."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from nomos_desk.domain.pricing import COMPONENT_TYPES
from nomos_desk.ui.export import Cell
from nomos_desk.ui.usage import words
from nomos_desk.ui.usage.chart import ChartView
from nomos_desk.ui.usage.words import translate

DECIMALS = 4  # quarter-hour kWh need three decimals, prices two: one width for all columns


def _value(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None  # an unknown value is an empty cell, not 0


def csv_table(view: ChartView) -> tuple[list[str], list[list[Cell]]]:
    feed_in, b = view.feed_in, view.buckets
    energy, price, money = (words.energy_word(feed_in), words.price_word(feed_in),
                            words.money_word(feed_in))
    headers = [translate("Usage", "Start"), translate("Usage", "UTC offset"),
               translate("Usage", "End"), translate("Usage", "%1 (kWh)").replace("%1", energy),
               translate("Usage", "Values"),
               translate("Usage", "%1, usage-weighted (ct/kWh)").replace("%1", price),
               translate("Usage", "%1, time-weighted (ct/kWh)").replace("%1", price)]
    headers += [translate("Usage", "%1 (ct/kWh)").replace("%1", words.component(k, feed_in))
                for k in COMPONENT_TYPES]
    headers.append(translate("Usage", "%1 (EUR)").replace("%1", money))
    parts = b.parts(view.by_usage)
    rows: list[list[Cell]] = []
    for i in range(len(b)):
        start, end = float(b.edges[i]), float(b.edges[i + 1])
        known = bool(np.isfinite(b.kwh[i]))
        if not known:
            status = ""
        elif not b.preliminary[i]:
            status = translate("Usage", "final")
        else:
            status = translate("Usage", "estimate") if view.analog else \
                translate("Usage", "preliminary")
        rows.append([datetime.fromtimestamp(start, UTC), words.utc_offset(start),
                     datetime.fromtimestamp(end, UTC), _value(b.kwh[i]), status,
                     None if view.analog else _value(b.price_usage[i]) if b.usage_weighted[i]
                     else None,
                     _value(b.price_time[i]),
                     *(_value(parts[k][i]) for k in COMPONENT_TYPES), _value(b.cost[i])])
    return headers, rows
