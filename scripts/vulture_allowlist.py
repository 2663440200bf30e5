"""Names the dead-code check (vulture) cannot see being used. Keep it short.

Used by .ci/run: vulture nomos_desk tests bench scripts --min-confidence 60
(API models are left out: their fields mirror the published schema, used or not).
"""

# ruff: noqa: F821, B018
# Qt calls these overrides of its virtual methods, never our code.
_.columnCount
_.headerData
_.eventFilter
_.isEmpty
_.sizeHint
_.paint
_.filterAcceptsRow
# pyqtgraph calls these overrides of its axis items.
_.tickValues
_.tickStrings
# fpdf2 calls footer() on every page; Starlette and uvicorn read these attributes.
_.footer
_.redirect_slashes
_.should_exit
# Read by the invoice breakdown table (the screen that shows line items).
_.unit_price_unit
