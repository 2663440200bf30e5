"""The Leads page: a new lead (form and live quote) and the list of all leads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from nomos_desk.api.models import Lead
from nomos_desk.ui.leads.leads_list import LeadsList
from nomos_desk.ui.leads.new_lead import NewLead
from nomos_desk.ui.services import Services
from nomos_desk.ui.views import View
from nomos_desk.ui.widgets import named

TASKS = "leads."


class LeadsPage(View):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setObjectName("leadsPage")
        self.services = services
        self.new_lead = NewLead(services, TASKS + "new.")
        self.leads = LeadsList(services, TASKS + "list.")
        self.parts = named(QTabWidget(), "leadsParts")
        self.parts.setDocumentMode(True)
        self.parts.addTab(self.new_lead, self.tr("New lead"))
        self.parts.addTab(self.leads, self.tr("All leads"))
        self.parts.currentChanged.connect(self._part_shown)
        self.new_lead.lead_created.connect(self._created)
        self.leads.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
        self.set_title(self.tr("Leads"))

    def show_list(self) -> None:
        self.parts.setCurrentWidget(self.leads)

    def _part_shown(self) -> None:
        if self.parts.currentWidget() is self.leads and not self.leads.started:
            self.leads.refresh()  # the list loads when first looked at, not at sign-in

    def _created(self, lead: Lead) -> None:
        if self.leads.started:
            self.leads.refresh()
        if lead.id:
            self.open_requested.emit("lead", lead.id)

    def refresh(self) -> None:
        if self.parts.currentWidget() is self.leads:
            self.leads.refresh()
        elif not self.new_lead.form.plans:
            self.new_lead.load_plans()

    def activate(self) -> None:
        target = self.leads.table if self.parts.currentWidget() is self.leads \
            else self.new_lead.form.plan
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shutdown(self) -> None:
        self.new_lead.save_draft()
        self.services.tasks.cancel(TASKS)
