<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AppController</name>
        <message>
            <source>Changing the connection</source>
            <translation>Verbindung wechseln</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Bitte prüfen</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy message, error code and request id for a support ticket</source>
            <translation>Meldung, Fehlercode und Request-ID für ein Support-Ticket kopieren</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Request id %1</source>
            <translation>Request-ID %1</translation>
        </message>
    </context>
    <context>
        <name>ContractCard</name>
        <message>
            <source>%1 per year</source>
            <translation>%1 pro Jahr</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Supply start</source>
            <translation>Lieferbeginn</translation>
        </message>
        <message>
            <source>Contract end</source>
            <translation>Vertragsende</translation>
        </message>
        <message>
            <source>Terminated on</source>
            <translation>Gekündigt am</translation>
        </message>
        <message>
            <source>Estimated feed-in</source>
            <translation>Geschätzte Einspeisung</translation>
        </message>
        <message>
            <source>Estimated usage</source>
            <translation>Geschätzter Jahresverbrauch</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Rechnungsanschrift</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Zählernummer</translation>
        </message>
        <message>
            <source>Market location (MaLo)</source>
            <translation>Marktlokation (MaLo)</translation>
        </message>
        <message>
            <source>Metering location (MeLo)</source>
            <translation>Messlokation (MeLo)</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Kontoinhaber</translation>
        </message>
        <message>
            <source>Previous supplier</source>
            <translation>Vorlieferant</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Vertrags-ID</translation>
        </message>
    </context>
    <context>
        <name>CustomerCard</name>
        <message>
            <source>Open customer</source>
            <translation>Kunde öffnen</translation>
        </message>
        <message>
            <source>The customer with all their subscriptions, in a tab</source>
            <translation>Den Kunden mit allen Verträgen in einem Tab öffnen</translation>
        </message>
        <message>
            <source>Other subscriptions: none</source>
            <translation>Weitere Verträge: keine</translation>
        </message>
        <message numerus="yes">
            <source>%n other subscription(s):</source>
            <translation>
                <numerusform>%n weiterer Vertrag:</numerusform>
                <numerusform>%n weitere Verträge:</numerusform>
            </translation>
        </message>
        <message>
            <source>Open another subscription…</source>
            <translation>Anderen Vertrag öffnen …</translation>
        </message>
    </context>
    <context>
        <name>CustomerFacts</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>not included in the answer</source>
            <translation>nicht in der Antwort enthalten</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kundenart</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Ansprechpartner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>VAT id</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Kunde seit</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
    </context>
    <context>
        <name>CustomerSubscriptions</name>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the subscription</source>
            <translation>Doppelklick oder Eingabetaste öffnet den Vertrag</translation>
        </message>
        <message>
            <source>Double-click a row (or select it and press Enter) to open it.</source>
            <translation>Doppelklick auf eine Zeile (oder auswählen und Eingabetaste) öffnet den Vertrag.</translation>
        </message>
    </context>
    <context>
        <name>CustomerTab</name>
        <message>
            <source>%1 · customer since %2</source>
            <translation>%1 · Kunde seit %2</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Nomos is slow to answer: no reply within the time limit. The connection itself works; try again in a moment.</source>
            <translation>Nomos antwortet zu langsam: keine Antwort innerhalb der Wartezeit. Die Verbindung selbst steht; bitte gleich noch einmal versuchen.</translation>
        </message>
        <message>
            <source>No connection to Nomos. Reads resume by themselves when it is back; nothing you typed is lost.</source>
            <translation>Keine Verbindung zu Nomos. Sobald sie wieder steht, wird automatisch weitergeladen; nichts Eingegebenes geht verloren.</translation>
        </message>
        <message>
            <source>the connection broke while saving, so it is unknown whether Nomos applied the change. Refresh and check before trying again.</source>
            <translation>Die Verbindung brach beim Speichern ab, daher ist unklar, ob Nomos die Änderung übernommen hat. Bitte aktualisieren und prüfen, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <source>this connection may not change data (its token lacks %1). Nothing was sent.</source>
            <translation>Diese Verbindung darf keine Daten ändern (dem Token fehlt %1). Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Please check the reading: %1</source>
            <translation>Bitte den Zählerstand prüfen: %1</translation>
        </message>
        <message>
            <source>unexpected problem (%1)</source>
            <translation>unerwartetes Problem (%1)</translation>
        </message>
        <message>
            <source>Nomos did not accept the credentials</source>
            <translation>Nomos hat die Zugangsdaten nicht akzeptiert</translation>
        </message>
        <message>
            <source>This connection may not do that</source>
            <translation>Diese Verbindung darf das nicht</translation>
        </message>
        <message>
            <source>Nomos does not know this record</source>
            <translation>Nomos kennt diesen Datensatz nicht</translation>
        </message>
        <message>
            <source>Nomos refused because of the current state</source>
            <translation>Nomos hat wegen des aktuellen Stands abgelehnt</translation>
        </message>
        <message>
            <source>Too many requests right now, try again shortly</source>
            <translation>Gerade zu viele Anfragen, bitte gleich erneut versuchen</translation>
        </message>
        <message>
            <source>Nomos had an internal problem</source>
            <translation>Bei Nomos ist ein interner Fehler aufgetreten</translation>
        </message>
    </context>
    <context>
        <name>FormCard</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDocument</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Download again</source>
            <translation>Erneut herunterladen</translation>
        </message>
        <message>
            <source>Open externally</source>
            <translation>Extern öffnen</translation>
        </message>
        <message>
            <source>Open the PDF in the system's PDF viewer</source>
            <translation>Öffnet das PDF im PDF-Programm des Systems</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter …</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken …</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Herunterladen abgebrochen.</translation>
        </message>
        <message>
            <source>The document Nomos sent is damaged: it cannot be read as a PDF. Download it again, or ask Nomos support for the invoice's document.</source>
            <translation>Das von Nomos gesendete Dokument ist beschädigt und lässt sich nicht als PDF lesen. Bitte erneut herunterladen oder das Rechnungsdokument beim Nomos-Support anfragen.</translation>
        </message>
        <message>
            <source>Downloading the document… %1 of %2 KB</source>
            <translation>Dokument wird heruntergeladen … %1 von %2 KB</translation>
        </message>
        <message>
            <source>Downloading the document… %1 KB</source>
            <translation>Dokument wird heruntergeladen … %1 KB</translation>
        </message>
        <message>
            <source>Asking Nomos for the document…</source>
            <translation>Dokument wird bei Nomos angefragt …</translation>
        </message>
        <message>
            <source>Nomos has no document for this invoice.</source>
            <translation>Nomos hat zu dieser Rechnung kein Dokument.</translation>
        </message>
        <message>
            <source>The file Nomos sent for this invoice is not a PDF. %1</source>
            <translation>Die von Nomos gesendete Datei zu dieser Rechnung ist kein PDF. %1</translation>
        </message>
        <message>
            <source>The document could not be fetched: %1</source>
            <translation>Das Dokument konnte nicht abgerufen werden: %1</translation>
        </message>
        <message>
            <source>No program to open PDF files was found.</source>
            <translation>Es wurde kein Programm zum Öffnen von PDF-Dateien gefunden.</translation>
        </message>
        <message>
            <source>Saving the invoice document</source>
            <translation>Rechnungsdokument speichern</translation>
        </message>
        <message>
            <source>Save invoice document</source>
            <translation>Rechnungsdokument speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the invoice document to %1.</source>
            <translation>Rechnungsdokument gespeichert unter %1.</translation>
        </message>
        <message>
            <source>Printing the invoice document</source>
            <translation>Rechnungsdokument drucken</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFacts</name>
        <message>
            <source>Advance</source>
            <translation>Abschlag</translation>
        </message>
        <message>
            <source>Reversed amount</source>
            <translation>Stornierter Betrag</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Rechnungsnummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Billing period</source>
            <translation>Abrechnungszeitraum</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Rechnungsdatum</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Verbrauch</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamtbetrag</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Invoice id</source>
            <translation>Rechnungs-ID</translation>
        </message>
        <message>
            <source>This Storno reverses invoice %1 (%2, %3).</source>
            <translation>Diese Stornorechnung hebt die Rechnung %1 auf (%2, %3).</translation>
        </message>
        <message>
            <source>This Storno reverses invoice %1, which Nomos does not know.</source>
            <translation>Diese Stornorechnung hebt die Rechnung %1 auf, die Nomos nicht kennt.</translation>
        </message>
        <message>
            <source>Open voided invoice</source>
            <translation>Stornierte Rechnung öffnen</translation>
        </message>
        <message>
            <source>Voided by Storno %1, issued %2.</source>
            <translation>Storniert durch die Stornorechnung %1 vom %2.</translation>
        </message>
        <message>
            <source>Voided; its Storno is not among the subscription's invoices.</source>
            <translation>Storniert; die Stornorechnung ist unter den Rechnungen des Vertrags nicht zu finden.</translation>
        </message>
        <message>
            <source>Open Storno</source>
            <translation>Stornorechnung öffnen</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFilters</name>
        <message>
            <source>All periods</source>
            <translation>Alle Zeiträume</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>Months from … to …</source>
            <translation>Monate von … bis …</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLines</name>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln Monat</numerusform>
                <numerusform>%Ln Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 Monate</translation>
        </message>
        <message>
            <source>%1 ct/kWh</source>
            <translation>%1 ct/kWh</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1/Monat</translation>
        </message>
    </context>
    <context>
        <name>InvoiceList</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Rechnungsdatum</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Verbrauch</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren …</translation>
        </message>
        <message>
            <source>Save every invoice these filters match as a spreadsheet file</source>
            <translation>Alle Rechnungen, die zu diesen Filtern passen, als Tabellendatei speichern</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the invoice</source>
            <translation>Doppelklick oder Eingabetaste öffnet die Rechnung</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>⚠ The next invoices did not load: %1</source>
            <translation>⚠ Die nächsten Rechnungen wurden nicht geladen: %1</translation>
        </message>
        <message>
            <source>No invoices match these filters.</source>
            <translation>Keine Rechnung passt zu diesen Filtern.</translation>
        </message>
        <message>
            <source>No invoices yet.</source>
            <translation>Noch keine Rechnungen.</translation>
        </message>
        <message>
            <source>Loading invoices…</source>
            <translation>Rechnungen werden geladen …</translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln Rechnung</numerusform>
                <numerusform>%Ln Rechnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · total %2 · usage %3</source>
            <translation>%1 · Summe %2 · Verbrauch %3</translation>
        </message>
        <message>
            <source>more load as you scroll</source>
            <translation>weitere laden beim Blättern</translation>
        </message>
        <message>
            <source>Exporting invoices</source>
            <translation>Rechnungen exportieren</translation>
        </message>
        <message>
            <source>Export invoices</source>
            <translation>Rechnungen exportieren</translation>
        </message>
        <message>
            <source>invoices.csv</source>
            <translation>rechnungen.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) to %1.</source>
            <translation>
                <numerusform>%Ln Rechnung gespeichert unter %1.</numerusform>
                <numerusform>%Ln Rechnungen gespeichert unter %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceTab</name>
        <message>
            <source>Open subscription</source>
            <translation>Vertrag öffnen</translation>
        </message>
        <message>
            <source>Storno %1</source>
            <translation>Stornorechnung %1</translation>
        </message>
        <message>
            <source>Prepayment invoice %1</source>
            <translation>Abschlagsrechnung %1</translation>
        </message>
        <message>
            <source>Invoice %1</source>
            <translation>Rechnung %1</translation>
        </message>
    </context>
    <context>
        <name>Invoices</name>
        <message>
            <source>The invoice's billing period is unreadable.</source>
            <translation>Der Abrechnungszeitraum der Rechnung ist nicht lesbar.</translation>
        </message>
        <message>
            <source>The invoice carries no total to check.</source>
            <translation>Die Rechnung enthält keinen Gesamtbetrag zum Prüfen.</translation>
        </message>
        <message>
            <source>The subscription lacks its plan, delivery address or meter.</source>
            <translation>Dem Vertrag fehlen Tarif, Lieferanschrift oder Zähler.</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active; this one is not, so the line items cannot be rebuilt.</source>
            <translation>Nomos liefert Preise nur für aktive Verträge; dieser ist nicht aktiv, daher lassen sich die Positionen nicht nachrechnen.</translation>
        </message>
        <message>
            <source>Nomos has no usage data for this period.</source>
            <translation>Nomos hat für diesen Zeitraum keine Verbrauchsdaten.</translation>
        </message>
        <message>
            <source>Nomos has no prices for this period.</source>
            <translation>Nomos hat für diesen Zeitraum keine Preise.</translation>
        </message>
        <message>
            <source>Nomos refused a quote for the plan, so its monthly base fees are unknown.</source>
            <translation>Nomos hat für den Tarif kein Angebot erstellt, daher sind die monatlichen Grundpreise unbekannt.</translation>
        </message>
        <message>
            <source>The voided invoice cannot be found.</source>
            <translation>Die stornierte Rechnung ist nicht zu finden.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Matches to the cent: the line items add up to the invoice total.</source>
            <translation>Stimmt auf den Cent: Die Positionen ergeben den Rechnungsbetrag.</translation>
        </message>
        <message>
            <source>Differs by %1. The meter reports its usage per month, so the energy is priced here at the month's average price; the invoice prices it over the month's hours, so this rebuild is an estimate.</source>
            <translation>Weicht um %1 ab. Der Zähler meldet den Verbrauch monatlich, daher wird die Energie hier zum Durchschnittspreis des Monats bewertet; die Rechnung bewertet sie über die Stunden des Monats. Die Nachrechnung ist eine Schätzung.</translation>
        </message>
        <message>
            <source>Differs by %1, within the rounding of the quarter-hour usage figures Nomos sends.</source>
            <translation>Weicht um %1 ab – im Rahmen der Rundung der Viertelstundenwerte, die Nomos liefert.</translation>
        </message>
        <message>
            <source>Differs by %1: the invoice asks %1 more than its line items add up to.</source>
            <translation>Weicht um %1 ab: Die Rechnung fordert %1 mehr, als die Positionen ergeben.</translation>
        </message>
        <message>
            <source>Differs by %1: the invoice asks %1 less than its line items add up to.</source>
            <translation>Weicht um %1 ab: Die Rechnung fordert %1 weniger, als die Positionen ergeben.</translation>
        </message>
        <message>
            <source>The invoice states %1 of usage, Nomos's usage data %2.</source>
            <translation>Die Rechnung nennt %1 Verbrauch, die Verbrauchsdaten von Nomos %2.</translation>
        </message>
        <message>
            <source>%1 of the usage has no price in Nomos's data and is left out.</source>
            <translation>Für %1 des Verbrauchs liefert Nomos keinen Preis; dieser Teil bleibt unberücksichtigt.</translation>
        </message>
        <message>
            <source>The advance covered the period's usage exactly.</source>
            <translation>Der Abschlag deckt den Verbrauch des Zeitraums genau.</translation>
        </message>
        <message>
            <source>The advance was %1 more than the usage cost: a credit at the final bill.</source>
            <translation>Der Abschlag lag %1 über den Verbrauchskosten: eine Gutschrift bei der Schlussrechnung.</translation>
        </message>
        <message>
            <source>The advance was %1 less than the usage cost: the customer owes it at the final bill.</source>
            <translation>Der Abschlag lag %1 unter den Verbrauchskosten: Der Kunde zahlt ihn mit der Schlussrechnung nach.</translation>
        </message>
    </context>
    <context>
        <name>InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <source>Invoices of all subscriptions, newest first. Filter by status, type and billing period; click a column to sort what is loaded.</source>
            <translation>Rechnungen aller Verträge, die neuesten zuerst. Filter nach Status, Art und Abrechnungszeitraum; ein Klick auf eine Spalte sortiert das Geladene.</translation>
        </message>
    </context>
    <context>
        <name>Jump</name>
        <message>
            <source>Opened customer %1.</source>
            <translation>Kunde %1 geöffnet.</translation>
        </message>
        <message>
            <source>%1 %2 belongs to this subscription.</source>
            <translation>%1 %2 gehört zu diesem Vertrag.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Pending (not yet supplied)</source>
            <translation>Ausstehend (noch nicht beliefert)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Consumption</source>
            <translation>Bezug</translation>
        </message>
        <message>
            <source>Feed-in</source>
            <translation>Einspeisung</translation>
        </message>
        <message>
            <source>Smart meter (iMSys)</source>
            <translation>Intelligentes Messsystem (iMSys)</translation>
        </message>
        <message>
            <source>Analog meter</source>
            <translation>Analoger Zähler</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Privatperson</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>SEPA direct debit</source>
            <translation>SEPA-Lastschrift</translation>
        </message>
        <message>
            <source>the smart-meter site check has not been done</source>
            <translation>die Vor-Ort-Prüfung für das Smart Meter fehlt noch</translation>
        </message>
        <message>
            <source>the grid operator registration is pending</source>
            <translation>die Anmeldung beim Netzbetreiber steht noch aus</translation>
        </message>
        <message>
            <source>a smart meter was already installed</source>
            <translation>es war bereits ein intelligentes Messsystem eingebaut</translation>
        </message>
        <message>
            <source>cancelled on request</source>
            <translation>auf Wunsch storniert</translation>
        </message>
        <message>
            <source>§14a EnWG Module 1 (flat reduction)</source>
            <translation>§14a EnWG Modul 1 (pauschale Reduzierung)</translation>
        </message>
        <message>
            <source>§14a EnWG Module 2 (separate meter)</source>
            <translation>§14a EnWG Modul 2 (separater Zähler)</translation>
        </message>
        <message>
            <source>§14a EnWG Module 3 (time-variable)</source>
            <translation>§14a EnWG Modul 3 (zeitvariabel)</translation>
        </message>
        <message>
            <source>Intended</source>
            <translation>Vorgemerkt</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Beauftragt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Customer report</source>
            <translation>Kundenmeldung</translation>
        </message>
        <message>
            <source>Grid operator reading</source>
            <translation>Ablesung durch den Netzbetreiber</translation>
        </message>
        <message>
            <source>Grid operator estimate</source>
            <translation>Schätzung des Netzbetreibers</translation>
        </message>
        <message>
            <source>%1 (unreadable date)</source>
            <translation>%1 (unlesbares Datum)</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Beendet am %1</translation>
        </message>
        <message>
            <source>%1 · terminated</source>
            <translation>%1 · gekündigt</translation>
        </message>
        <message>
            <source>%1 · terminated, ends %2</source>
            <translation>%1 · gekündigt, endet am %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Uneinbringlich</translation>
        </message>
        <message>
            <source>Usage invoice</source>
            <translation>Verbrauchsrechnung</translation>
        </message>
        <message>
            <source>Prepayment invoice</source>
            <translation>Abschlagsrechnung</translation>
        </message>
        <message>
            <source>Storno (void)</source>
            <translation>Stornorechnung</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energie</translation>
        </message>
        <message>
            <source>Grid fees per kWh</source>
            <translation>Netzentgelte je kWh</translation>
        </message>
        <message>
            <source>Levies and taxes</source>
            <translation>Steuern und Umlagen</translation>
        </message>
        <message>
            <source>Base fee</source>
            <translation>Grundgebühr</translation>
        </message>
        <message>
            <source>Grid fees per month</source>
            <translation>Netzentgelte monatlich</translation>
        </message>
        <message>
            <source>Metering fee</source>
            <translation>Messstellengebühr</translation>
        </message>
    </context>
    <context>
        <name>LineItems</name>
        <message>
            <source>Item</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>The line items cannot be shown: %1</source>
            <translation>Die Positionen lassen sich nicht zeigen: %1</translation>
        </message>
        <message>
            <source>On the document: %1</source>
            <translation>Im Dokument: %1</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>VAT %1 %</source>
            <translation>USt. %1 %</translation>
        </message>
        <message>
            <source>Line items as Nomos sent them with the invoice.</source>
            <translation>Positionen, wie Nomos sie mit der Rechnung gesendet hat.</translation>
        </message>
        <message>
            <source>Reconstructed from the period's usage × prices plus the plan's monthly base fees: Nomos sends no line items for this invoice.</source>
            <translation>Nachgerechnet aus Verbrauch × Preisen des Zeitraums und den monatlichen Grundpreisen des Tarifs: Nomos sendet zu dieser Rechnung keine Positionen.</translation>
        </message>
        <message>
            <source>Line items total</source>
            <translation>Summe der Positionen</translation>
        </message>
        <message>
            <source>Invoice total</source>
            <translation>Rechnungsbetrag</translation>
        </message>
        <message>
            <source>A prepayment (Abschlag) charges a fixed advance. Set against the period's real usage, rebuilt from usage × prices plus the plan's monthly base fees:</source>
            <translation>Eine Abschlagsrechnung fordert einen festen Abschlag. Verglichen mit dem tatsächlichen Verbrauch des Zeitraums, nachgerechnet aus Verbrauch × Preisen und den monatlichen Grundpreisen des Tarifs:</translation>
        </message>
        <message>
            <source>Cost of the period's usage</source>
            <translation>Kosten des Verbrauchs im Zeitraum</translation>
        </message>
        <message>
            <source>Advance charged</source>
            <translation>Berechneter Abschlag</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>The meter reports its usage per month, so the energy is priced at the month's average price: the cost is an estimate.</source>
            <translation>Der Zähler meldet den Verbrauch monatlich, daher wird die Energie zum Durchschnittspreis des Monats bewertet: Die Kosten sind geschätzt.</translation>
        </message>
        <message>
            <source>A Storno reverses an invoice: its total is the voided invoice's, negated.</source>
            <translation>Eine Stornorechnung hebt eine Rechnung auf: Ihr Betrag ist der Betrag der stornierten Rechnung mit umgekehrtem Vorzeichen.</translation>
        </message>
        <message>
            <source>Reversal of invoice %1</source>
            <translation>Storno der Rechnung %1</translation>
        </message>
        <message>
            <source>Voided invoice %1</source>
            <translation>Stornierte Rechnung %1</translation>
        </message>
        <message>
            <source>This Storno</source>
            <translation>Diese Stornorechnung</translation>
        </message>
        <message>
            <source>Left of the voided invoice</source>
            <translation>Rest der stornierten Rechnung</translation>
        </message>
        <message>
            <source>Reverses invoice %1 in full.</source>
            <translation>Hebt die Rechnung %1 vollständig auf.</translation>
        </message>
        <message>
            <source>Reverses invoice %1 only in part: %2 remain.</source>
            <translation>Hebt die Rechnung %1 nur teilweise auf: %2 bleiben offen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Demo data from a local sandbox server: nothing here is real</source>
            <translation>Demodaten von einem lokalen Sandbox-Server: nichts davon ist echt</translation>
        </message>
        <message>
            <source>Nomos Desk — %1</source>
            <translation>Nomos Desk — %1</translation>
        </message>
        <message>
            <source>Nomos Desk — %1 (read-only)</source>
            <translation>Nomos Desk — %1 (nur lesen)</translation>
        </message>
        <message numerus="yes">
            <source>Open records (%n)</source>
            <translation>
                <numerusform>Geöffnet (%n)</numerusform>
                <numerusform>Geöffnet (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The app cannot show %1 records in a tab of their own yet (%2).</source>
            <translation>Für den Datensatztyp „%1“ gibt es noch keinen eigenen Tab (%2).</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Wird aktualisiert …</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Connection to Nomos is back</source>
            <translation>Verbindung zu Nomos wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Switch profile…</source>
            <translation>Profil wechseln …</translation>
        </message>
        <message>
            <source>Sign out…</source>
            <translation>Abmelden …</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Close tab</source>
            <translation>Tab schließen</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Nächster Tab</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Vorheriger Tab</translation>
        </message>
        <message>
            <source>&amp;Sandbox</source>
            <translation>&amp;Sandbox</translation>
        </message>
        <message>
            <source>Reconnect as read-only client (sandbox-ro)</source>
            <translation>Neu verbinden mit Nur-Lese-Client (sandbox-ro)</translation>
        </message>
        <message>
            <source>Reconnect with full access (sandbox-rw)</source>
            <translation>Neu verbinden mit Vollzugriff (sandbox-rw)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>About Nomos Desk</source>
            <translation>Über Nomos Desk</translation>
        </message>
        <message>
            <source>Sign out and delete this profile's local data (search index, caches, open tabs)? The profile and its secret stay.</source>
            <translation>Abmelden und die lokalen Daten dieses Profils löschen (Suchindex, Zwischenspeicher, offene Tabs)? Das Profil und sein Secret bleiben erhalten.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Nomos Desk %1
Back-office desktop tool for energy brands on Nomos.</source>
            <translation>Nomos Desk %1
Backoffice-Werkzeug für Energiemarken auf Nomos.</translation>
        </message>
    </context>
    <context>
        <name>MeterOrderPanel</name>
        <message>
            <source>this subscription</source>
            <translation>diesen Vertrag</translation>
        </message>
        <message>
            <source>subscription %1</source>
            <translation>Vertrag %1</translation>
        </message>
        <message>
            <source>meter %1</source>
            <translation>Zähler %1</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>an der Lieferanschrift %1</translation>
        </message>
        <message>
            <source>No smart meter has been ordered for this subscription.</source>
            <translation>Für diesen Vertrag wurde noch kein intelligentes Messsystem bestellt.</translation>
        </message>
        <message>
            <source>Order smart meter…</source>
            <translation>Smart Meter bestellen …</translation>
        </message>
        <message>
            <source>Ask Nomos to have an intelligent metering system (iMSys) installed</source>
            <translation>Nomos beauftragen, ein intelligentes Messsystem (iMSys) einbauen zu lassen</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Ask Nomos whether the order exists</source>
            <translation>Bei Nomos nachfragen, ob die Bestellung existiert</translation>
        </message>
        <message>
            <source>Ordering a smart meter</source>
            <translation>Smart-Meter-Bestellung</translation>
        </message>
        <message>
            <source>Feed-in subscriptions start with a smart meter already installed; there is nothing to order.</source>
            <translation>Einspeiseverträge beginnen mit bereits eingebautem intelligentem Messsystem; es gibt nichts zu bestellen.</translation>
        </message>
        <message>
            <source>The subscription has ended.</source>
            <translation>Der Vertrag ist beendet.</translation>
        </message>
        <message>
            <source>This subscription's plan has no smart-meter product: Nomos refused an order on it on %1 (subscription %2). Ask Nomos support to enable one for the plan.</source>
            <translation>Der Tarif dieses Vertrags hat kein Smart-Meter-Produkt: Nomos hat am %1 eine Bestellung dafür abgelehnt (Vertrag %2). Bitte den Nomos-Support bitten, eines für den Tarif freizuschalten.</translation>
        </message>
        <message>
            <source>Loading the subscription…</source>
            <translation>Vertrag wird geladen …</translation>
        </message>
        <message>
            <source>Nomos has the order: the last attempt went through.</source>
            <translation>Die Bestellung liegt bei Nomos vor: Der letzte Versuch ist angekommen.</translation>
        </message>
        <message>
            <source>Nomos has no order for this subscription, so the last attempt was not placed. You can send it again.</source>
            <translation>Nomos hat keine Bestellung für diesen Vertrag, der letzte Versuch ist also nicht angekommen. Sie können ihn erneut senden.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Metering operator</source>
            <translation>Messstellenbetreiber</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Bestellt am</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Einbautermin</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Eingebaut am</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiviert am</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blockiert</translation>
        </message>
        <message>
            <source>since %1: %2 — needs a person</source>
            <translation>seit %1: %2 — braucht Bearbeitung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Bestell-ID</translation>
        </message>
        <message>
            <source>This subscription already has a smart-meter order; Nomos allows only one.</source>
            <translation>Für diesen Vertrag gibt es bereits eine Smart-Meter-Bestellung; Nomos erlaubt nur eine.</translation>
        </message>
        <message>
            <source>First check whether the last order went through (Check again).</source>
            <translation>Zuerst prüfen, ob die letzte Bestellung angekommen ist („Erneut prüfen“).</translation>
        </message>
        <message>
            <source>Read-only sign-in: ordering needs a profile with write access (write:*).</source>
            <translation>Nur-Lese-Anmeldung: Zum Bestellen wird ein Profil mit Schreibrechten (write:*) gebraucht.</translation>
        </message>
        <message>
            <source>The meter on record is already a smart meter: Nomos cancels an order for it as pre-existing.</source>
            <translation>Der hinterlegte Zähler ist bereits ein intelligentes Messsystem: Nomos storniert eine Bestellung dafür als bereits vorhanden.</translation>
        </message>
        <message>
            <source>Checking for a smart-meter order</source>
            <translation>Suche nach einer Smart-Meter-Bestellung</translation>
        </message>
        <message>
            <source>Order a smart meter for %1?

Nomos passes the order to the metering operator, who contacts the customer about installation. A subscription can have only one order, ever.</source>
            <translation>Smart Meter bestellen für %1?

Nomos gibt die Bestellung an den Messstellenbetreiber weiter, der sich wegen des Einbaus beim Kunden meldet. Ein Vertrag kann nur ein einziges Mal eine Bestellung haben.</translation>
        </message>
        <message>
            <source>Order smart meter</source>
            <translation>Smart Meter bestellen</translation>
        </message>
        <message>
            <source>The order is being sent.</source>
            <translation>Die Bestellung wird gesendet.</translation>
        </message>
        <message>
            <source>Sending the order to Nomos…</source>
            <translation>Bestellung wird an Nomos gesendet …</translation>
        </message>
        <message>
            <source>Asking Nomos whether the order exists…</source>
            <translation>Nomos wird gefragt, ob die Bestellung existiert …</translation>
        </message>
    </context>
    <context>
        <name>MeterOrderStatus</name>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Placed with the metering operator</source>
            <translation>Beim Messstellenbetreiber beauftragt</translation>
        </message>
        <message>
            <source>Check submitted</source>
            <translation>Prüfung eingereicht</translation>
        </message>
        <message>
            <source>Check reviewed</source>
            <translation>Prüfung abgeschlossen</translation>
        </message>
        <message>
            <source>Installation scheduled</source>
            <translation>Einbau terminiert</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Eingebaut</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Collecting metering details</source>
            <translation>Messdaten werden erfasst</translation>
        </message>
        <message>
            <source>Intended at checkout</source>
            <translation>Beim Abschluss vorgemerkt</translation>
        </message>
        <message>
            <source>Ordered from the metering operator</source>
            <translation>Beim Messstellenbetreiber bestellt</translation>
        </message>
        <message>
            <source>Checked by the metering operator</source>
            <translation>Vom Messstellenbetreiber geprüft</translation>
        </message>
        <message>
            <source>Planning installation</source>
            <translation>Einbau wird geplant</translation>
        </message>
        <message>
            <source>Waiting for installation</source>
            <translation>Wartet auf Einbau</translation>
        </message>
        <message>
            <source>Installation finished</source>
            <translation>Einbau abgeschlossen</translation>
        </message>
        <message>
            <source>Meter already present</source>
            <translation>Zähler bereits vorhanden</translation>
        </message>
        <message>
            <source>Blocked: manual review</source>
            <translation>Blockiert: manuelle Prüfung</translation>
        </message>
        <message>
            <source>Blocked: waiting on the grid operator</source>
            <translation>Blockiert: wartet auf den Netzbetreiber</translation>
        </message>
    </context>
    <context>
        <name>Ordering</name>
        <message>
            <source>This subscription's plan has no smart-meter product, so Nomos cannot take a smart-meter order for it. Ask Nomos support to enable one for the plan first.</source>
            <translation>Der Tarif dieses Vertrags hat kein Smart-Meter-Produkt, daher kann Nomos keine Smart-Meter-Bestellung annehmen. Bitte zuerst den Nomos-Support bitten, eines für den Tarif freizuschalten.</translation>
        </message>
        <message>
            <source>Feed-in subscriptions already need a smart meter before they start, so there is nothing to order.</source>
            <translation>Einspeiseverträge brauchen schon vor Beginn ein intelligentes Messsystem, es gibt also nichts zu bestellen.</translation>
        </message>
        <message>
            <source>The subscription has ended; a smart meter can no longer be ordered.</source>
            <translation>Der Vertrag ist beendet; ein Smart Meter kann nicht mehr bestellt werden.</translation>
        </message>
        <message>
            <source>Nomos refused the order: %1</source>
            <translation>Nomos hat die Bestellung abgelehnt: %1</translation>
        </message>
        <message>
            <source>The order was sent but no answer came back, and checking for it failed too. It may exist. Check again before sending it a second time.</source>
            <translation>Die Bestellung wurde gesendet, aber es kam keine Antwort, und auch die Nachfrage schlug fehl. Sie existiert womöglich. Bitte erneut prüfen, bevor Sie sie ein zweites Mal senden.</translation>
        </message>
        <message>
            <source>The answer got lost, but Nomos has the order: it went through.</source>
            <translation>Die Antwort ging verloren, aber die Bestellung liegt bei Nomos vor: Sie ist angekommen.</translation>
        </message>
        <message>
            <source>The order was sent but no answer came back. Nomos has no order for this subscription, so it was not placed. You can send it again.</source>
            <translation>Die Bestellung wurde gesendet, aber es kam keine Antwort. Nomos hat keine Bestellung für diesen Vertrag, sie ist also nicht angekommen. Sie können sie erneut senden.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>Diese Verbindung darf nur lesen; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>This subscription already has a smart-meter order (Nomos allows only one). Here it is.</source>
            <translation>Für diesen Vertrag gibt es bereits eine Smart-Meter-Bestellung (Nomos erlaubt nur eine). Hier ist sie.</translation>
        </message>
        <message>
            <source>Nomos says an order already exists but it could not be listed. Check again in a moment.</source>
            <translation>Laut Nomos gibt es bereits eine Bestellung, sie ließ sich aber nicht abrufen. Bitte gleich erneut prüfen.</translation>
        </message>
        <message>
            <source>Smart meter ordered.</source>
            <translation>Smart Meter bestellt.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Seitenbreite</translation>
        </message>
        <message>
            <source>Page width fills the view</source>
            <translation>Die Seitenbreite füllt die Ansicht</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Ganze Seite</translation>
        </message>
        <message>
            <source>A whole page fits the view</source>
            <translation>Eine ganze Seite passt in die Ansicht</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Show or hide page thumbnails</source>
            <translation>Seitenvorschau ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>Im Dokument suchen</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>kein Treffer</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Give the profile a name.</source>
            <translation>Bitte dem Profil einen Namen geben.</translation>
        </message>
        <message>
            <source>Use https: plain http would send the secret unencrypted (it is allowed for a sandbox on this computer only).</source>
            <translation>Bitte https verwenden: Über http ginge das Secret unverschlüsselt durchs Netz (nur für eine Sandbox auf diesem Rechner erlaubt).</translation>
        </message>
        <message>
            <source>Enter a URL such as https://api.nomos.energy.</source>
            <translation>Bitte eine URL wie https://api.nomos.energy eingeben.</translation>
        </message>
        <message>
            <source>Enter the OAuth client id from the Nomos dashboard.</source>
            <translation>Bitte die OAuth-Client-ID aus dem Nomos-Dashboard eingeben.</translation>
        </message>
        <message>
            <source>An API version looks like 2026-05-27.curie.</source>
            <translation>Eine API-Version sieht so aus: 2026-05-27.curie.</translation>
        </message>
    </context>
    <context>
        <name>ReadingsTable</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Zählerstand</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Showing the latest %1 of %2.</source>
            <translation>Die neuesten %1 von %2 werden angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Load this record again from Nomos (F5)</source>
            <translation>Diesen Datensatz neu von Nomos laden (F5)</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Wird aktualisiert …</translation>
        </message>
        <message>
            <source>Loaded %1</source>
            <translation>Geladen %1</translation>
        </message>
        <message>
            <source>Updating the search index</source>
            <translation>Aktualisieren des Suchindex</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Aktualisieren fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>meter order</source>
            <translation>Zählerbestellung</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>Lead</translation>
        </message>
    </context>
    <context>
        <name>ReductionsTable</name>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
    </context>
    <context>
        <name>ScopeGate</name>
        <message>
            <source>no scopes</source>
            <translation>keine Berechtigungen</translation>
        </message>
        <message>
            <source>This connection is read-only. Its token grants %1; changing data needs %2. Sign in with a profile that may write.</source>
            <translation>Diese Verbindung darf nur lesen. Ihr Token gewährt %1; zum Ändern von Daten wird %2 gebraucht. Bitte mit einem Profil mit Schreibrechten anmelden.</translation>
        </message>
        <message>
            <source>%1 needs write access.</source>
            <translation>%1 erfordert Schreibrechte.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Treffer in</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>(customer not yet indexed)</source>
            <translation>(Kunde noch nicht im Index)</translation>
        </message>
        <message>
            <source>no subscription</source>
            <translation>kein Vertrag</translation>
        </message>
        <message>
            <source>Matched after correcting a likely typo.</source>
            <translation>Gefunden nach Korrektur eines vermutlichen Tippfehlers.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln similar name(s)</source>
            <translation>
                <numerusform>%Ln ähnlicher Name</numerusform>
                <numerusform>%Ln ähnliche Namen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more result(s) after correcting a likely typo, folded because the exact matches are plenty. Enter or a double click lists them.</source>
            <translation>
                <numerusform>%Ln weiterer Treffer nach Korrektur eines vermutlichen Tippfehlers, zusammengefasst, weil es genug exakte Treffer gibt. Eingabetaste oder Doppelklick zeigt ihn.</numerusform>
                <numerusform>%Ln weitere Treffer nach Korrektur eines vermutlichen Tippfehlers, zusammengefasst, weil es genug exakte Treffer gibt. Eingabetaste oder Doppelklick zeigt sie.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchText</name>
        <message>
            <source>Meter number %1</source>
            <translation>Zählernummer %1</translation>
        </message>
        <message>
            <source>MaLo %1</source>
            <translation>MaLo %1</translation>
        </message>
        <message>
            <source>MeLo %1</source>
            <translation>MeLo %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln Vertrag</numerusform>
                <numerusform>%Ln Verträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln results, showing the best %Ln</source>
            <translation>
                <numerusform>Mehr als %Ln Treffer, die besten %Ln werden angezeigt</numerusform>
                <numerusform>Mehr als %Ln Treffer, die besten %Ln werden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln Treffer</numerusform>
                <numerusform>%Ln Treffer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln similar name(s) folded into the last row (Enter shows them)</source>
            <translation>
                <numerusform>; %Ln ähnlicher Name in der letzten Zeile zusammengefasst (Eingabetaste zeigt ihn)</numerusform>
                <numerusform>; %Ln ähnliche Namen in der letzten Zeile zusammengefasst (Eingabetaste zeigt sie)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln after correcting a likely typo, in italics)</source>
            <translation>
                <numerusform> (%Ln nach Korrektur eines vermutlichen Tippfehlers, kursiv)</numerusform>
                <numerusform> (%Ln nach Korrektur eines vermutlichen Tippfehlers, kursiv)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. Enter opens the selected row.</source>
            <translation>%1. Die Eingabetaste öffnet die ausgewählte Zeile.</translation>
        </message>
        <message>
            <source>Index up to date: nothing changed.</source>
            <translation>Index aktuell: nichts geändert.</translation>
        </message>
        <message>
            <source>Index built: %1 indexed.</source>
            <translation>Index aufgebaut: %1 erfasst.</translation>
        </message>
        <message>
            <source>Index up to date: %1 changed.</source>
            <translation>Index aktuell: %1 geändert.</translation>
        </message>
        <message>
            <source>Fetching plans…</source>
            <translation>Tarife werden geholt …</translation>
        </message>
        <message numerus="yes">
            <source>Fetching addresses and meters: %1 of %Ln subscription(s). Searching works meanwhile.</source>
            <translation>
                <numerusform>Anschriften und Zähler werden geholt: %1 von %Ln Vertrag. Die Suche funktioniert währenddessen.</numerusform>
                <numerusform>Anschriften und Zähler werden geholt: %1 von %Ln Verträgen. Die Suche funktioniert währenddessen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Building the search index… %1 so far. Searching works meanwhile.</source>
            <translation>Suchindex wird aufgebaut … bisher %1. Die Suche funktioniert währenddessen.</translation>
        </message>
        <message>
            <source>Fetching changes… %1 so far. Searching works meanwhile.</source>
            <translation>Änderungen werden geholt … bisher %1. Die Suche funktioniert währenddessen.</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Name, email, street, zip, meter number, MaLo, subscription number — or paste an id (cus_, sub_…)</source>
            <translation>Name, E-Mail, Straße, PLZ, Zählernummer, MaLo, Vertragsnummer — oder eine ID einfügen (cus_, sub_ …)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt abgleichen</translation>
        </message>
        <message>
            <source>Fetch what changed since the last sync (F5)</source>
            <translation>Holen, was sich seit dem letzten Abgleich geändert hat (F5)</translation>
        </message>
        <message>
            <source>Index not synced yet.</source>
            <translation>Index noch nicht abgeglichen.</translation>
        </message>
        <message>
            <source>Type at least two characters to search.</source>
            <translation>Für die Suche mindestens zwei Zeichen eingeben.</translation>
        </message>
        <message>
            <source>Opening an id</source>
            <translation>Öffnen einer ID</translation>
        </message>
        <message>
            <source>Searching the local index</source>
            <translation>Suche im lokalen Index</translation>
        </message>
        <message>
            <source>Keep typing: one character matches too much.</source>
            <translation>Weitertippen: Ein Zeichen passt auf zu vieles.</translation>
        </message>
        <message>
            <source>Nothing in the index matches “%1”.</source>
            <translation>Nichts im Index passt zu „%1“.</translation>
        </message>
        <message>
            <source>The index is still being built; it may turn up later.</source>
            <translation>Der Index wird noch aufgebaut; der Treffer kommt vielleicht noch.</translation>
        </message>
        <message>
            <source>Looking up %1 %2 in Nomos…</source>
            <translation>Suche bei Nomos: %1 %2 …</translation>
        </message>
        <message>
            <source>There is no %1 with the id %2.</source>
            <translation>Nicht gefunden: %1 mit der ID %2.</translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>%1 konnte nicht nachgeschlagen werden: %2</translation>
        </message>
        <message>
            <source>Opened %1 %2.</source>
            <translation>Geöffnet: %1 %2.</translation>
        </message>
        <message>
            <source>Synced.</source>
            <translation>Abgeglichen.</translation>
        </message>
        <message>
            <source>%1 Last sync %2.</source>
            <translation>%1 Letzter Abgleich %2.</translation>
        </message>
        <message>
            <source>Sync failed: %1 — F5 tries again.</source>
            <translation>Abgleich fehlgeschlagen: %1 — F5 versucht es erneut.</translation>
        </message>
        <message>
            <source>Sync cancelled; searching what is indexed so far. F5 continues.</source>
            <translation>Abgleich abgebrochen; gesucht wird im bisher erfassten Index. F5 setzt fort.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>⚠ Could not load this part. %1</source>
            <translation>⚠ Dieser Teil konnte nicht geladen werden. %1</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Verträge</translation>
        </message>
        <message>
            <source>This customer has no subscription yet.</source>
            <translation>Dieser Kunde hat noch keinen Vertrag.</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Smart-meter order</source>
            <translation>Smart-Meter-Bestellung</translation>
        </message>
        <message>
            <source>§14a EnWG grid fee reductions</source>
            <translation>Netzentgeltreduzierung nach §14a EnWG</translation>
        </message>
        <message>
            <source>No §14a grid fee reductions for this subscription.</source>
            <translation>Für diesen Vertrag gibt es keine Netzentgeltreduzierung nach §14a EnWG.</translation>
        </message>
        <message>
            <source>Meter readings</source>
            <translation>Zählerstände</translation>
        </message>
        <message>
            <source>No meter readings recorded yet.</source>
            <translation>Noch keine Zählerstände erfasst.</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <source>No invoices for this subscription yet.</source>
            <translation>Zu diesem Vertrag gibt es noch keine Rechnungen.</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Line items</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System follows the operating system's language.</source>
            <translation>„System“ folgt der Sprache des Betriebssystems.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Light or dark colours; System follows the operating system.</source>
            <translation>Helle oder dunkle Farben; „System“ folgt dem Betriebssystem.</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Refresh search index every</source>
            <translation>Suchindex aktualisieren alle</translation>
        </message>
        <message>
            <source>How often the local search index asks Nomos for changes in the background.</source>
            <translation>Wie oft der lokale Suchindex im Hintergrund bei Nomos nach Änderungen fragt.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Wartezeit für Anfragen</translation>
        </message>
        <message>
            <source>How long to wait for Nomos before a request counts as failed (applies at next sign-in).</source>
            <translation>Wie lange auf Nomos gewartet wird, bevor eine Anfrage als gescheitert gilt (gilt ab der nächsten Anmeldung).</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Nomos</source>
            <translation>Bei Nomos anmelden</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the profile, its stored secret and its local data</source>
            <translation>Profil, gespeichertes Secret und lokale Daten löschen</translation>
        </message>
        <message>
            <source>No saved profiles yet. Fill in the connection on the right: it is saved as a profile once Nomos accepts it.&lt;br&gt;&lt;br&gt;No account yet? Try the app on sample data:</source>
            <translation>Noch keine gespeicherten Profile. Tragen Sie rechts die Verbindung ein: Sie wird als Profil gespeichert, sobald Nomos sie akzeptiert.&lt;br&gt;&lt;br&gt;Noch kein Zugang? Probieren Sie die App mit Beispieldaten aus:</translation>
        </message>
        <message>
            <source>e.g. Stadtwerk production</source>
            <translation>z. B. Stadtwerk Produktion</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>API version</source>
            <translation>API-Version</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Client-Secret</translation>
        </message>
        <message>
            <source>Back to the demo sandbox</source>
            <translation>Zurück zur Demo-Sandbox</translation>
        </message>
        <message>
            <source>Sign in to the local sandbox with its full-access client</source>
            <translation>Mit dem Vollzugriffs-Client an der lokalen Sandbox anmelden</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>kept for this session only</source>
            <translation>nur für diese Sitzung gespeichert</translation>
        </message>
        <message>
            <source>(session secret kept)</source>
            <translation>(Secret dieser Sitzung vorhanden)</translation>
        </message>
        <message>
            <source>No system keyring is available here, so the secret is kept in memory for this session only and must be entered again next time.</source>
            <translation>Hier gibt es keinen Schlüsselbund des Systems, daher bleibt das Secret nur für diese Sitzung im Speicher und muss beim nächsten Mal erneut eingegeben werden.</translation>
        </message>
        <message>
            <source>stored in the keyring; type to replace</source>
            <translation>im Schlüsselbund gespeichert; zum Ersetzen überschreiben</translation>
        </message>
        <message>
            <source>The secret is stored in the operating system's keyring, nowhere else.</source>
            <translation>Das Secret liegt im Schlüsselbund des Betriebssystems, nirgends sonst.</translation>
        </message>
        <message>
            <source>Enter the client secret.</source>
            <translation>Bitte das Client-Secret eingeben.</translation>
        </message>
        <message>
            <source>Another profile has this name; pick a distinct one.</source>
            <translation>Ein anderes Profil hat diesen Namen; bitte einen eigenen wählen.</translation>
        </message>
        <message>
            <source>Nomos did not accept this client id and secret.</source>
            <translation>Nomos hat diese Client-ID und dieses Secret nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>This app does not know that version: %1</source>
            <translation>Diese App kennt diese Version nicht: %1</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>Keine Verbindung möglich: %1</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft …</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Not refreshed yet</source>
            <translation>Noch nicht aktualisiert</translation>
        </message>
        <message>
            <source>%1 · client %2</source>
            <translation>%1 · Client %2</translation>
        </message>
        <message>
            <source>Environment: %1 (%2)</source>
            <translation>Umgebung: %1 (%2)</translation>
        </message>
        <message>
            <source>API %1</source>
            <translation>API %1</translation>
        </message>
        <message>
            <source>X-API-Version sent with every request</source>
            <translation>X-API-Version, die mit jeder Anfrage gesendet wird</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Read &amp; write</source>
            <translation>Lesen &amp; schreiben</translation>
        </message>
        <message>
            <source>Token scopes: %1</source>
            <translation>Berechtigungen des Tokens: %1</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>NUR LESEN</translation>
        </message>
        <message>
            <source>Token scopes: %1. Write actions are disabled.</source>
            <translation>Berechtigungen des Tokens: %1. Schreibende Aktionen sind gesperrt.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Connection to Nomos</source>
            <translation>Verbindung zu Nomos</translation>
        </message>
        <message>
            <source>Last refresh %1</source>
            <translation>Zuletzt aktualisiert %1</translation>
        </message>
        <message>
            <source>Data last arrived from Nomos at %1</source>
            <translation>Zuletzt Daten von Nomos erhalten um %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Syncing the search index</source>
            <translation>Abgleich des Suchindex</translation>
        </message>
    </context>
</TS>
