"""Which pages and record tabs exist: factories keyed by page name or record kind.

A new screen is its module plus one line in `default_registry()`. The frame asks the
registry for everything it builds, and every link in the app ends in
`MainWindow.open(kind, id)`, which finds the tab kind here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services
    from nomos_desk.ui.views import View

PageFactory = Callable[["Services"], "View"]
TabFactory = Callable[["Services", str], "View"]


@dataclass(frozen=True, slots=True)
class PageKind:
    key: str
    title: str  # shown in the navigation; marked QT_TRANSLATE_NOOP("Pages", …)
    icon: str
    factory: PageFactory


@dataclass(frozen=True, slots=True)
class TabKind:
    kind: str   # the API object kind: "subscription", "customer", …
    icon: str
    factory: TabFactory


class Registry:
    def __init__(self) -> None:
        self._pages: dict[str, PageKind] = {}
        self._tabs: dict[str, TabKind] = {}

    def page(self, key: str, title: str, icon: str, factory: PageFactory) -> None:
        self._pages[key] = PageKind(key, title, icon, factory)

    def tab(self, kind: str, icon: str, factory: TabFactory) -> None:
        self._tabs[kind] = TabKind(kind, icon, factory)

    def pages(self) -> Iterator[PageKind]:
        return iter(self._pages.values())

    def tab_kind(self, kind: str) -> TabKind | None:
        return self._tabs.get(kind)

    @property
    def tab_kinds(self) -> frozenset[str]:
        return frozenset(self._tabs)


SEARCH = "search"


def default_registry() -> Registry:
    """The app's screens. Imports stay inside so that importing the frame stays cheap."""
    from nomos_desk.ui.board.page import BoardPage
    from nomos_desk.ui.customer.tab import CustomerTab
    from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
    from nomos_desk.ui.invoices.page import InvoicesPage
    from nomos_desk.ui.invoices.tab import InvoiceTab
    from nomos_desk.ui.leads.page import LeadsPage
    from nomos_desk.ui.leads.tab import LeadTab
    from nomos_desk.ui.search.view import SearchView
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

    registry = Registry()
    registry.page(SEARCH, QT_TRANSLATE_NOOP("Pages", "Search"), "search", SearchView)
    registry.page("invoices", QT_TRANSLATE_NOOP("Pages", "Invoices"), "invoices", InvoicesPage)
    registry.page("leads", QT_TRANSLATE_NOOP("Pages", "Leads"), "lead", LeadsPage)
    registry.page("board", QT_TRANSLATE_NOOP("Pages", "Meter orders"), "board", BoardPage)
    registry.tab("subscription", "subscription", SubscriptionWorkspace)
    registry.tab("customer", "customer", CustomerTab)
    registry.tab("invoice", "invoice", InvoiceTab)
    registry.tab("lead", "lead", LeadTab)
    return registry
