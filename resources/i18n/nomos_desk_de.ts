<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Nomos Desk</source>
            <translation>Über Nomos Desk</translation>
        </message>
        <message>
            <source>Nomos documentation</source>
            <translation>Nomos-Dokumentation</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Nomos API version %1</source>
            <translation>Nomos-API-Version %1</translation>
        </message>
        <message>
            <source>Back-office desktop tool for energy brands on Nomos.</source>
            <translation>Backoffice-Werkzeug für Energiemarken auf Nomos.</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>Komponenten und ihre Lizenzen</translation>
        </message>
        <message>
            <source>Qt is used under the GNU LGPL version 3: the Qt libraries of this installation can be replaced by compatible builds of your own. Select a component to read its licence.</source>
            <translation>Qt wird unter der GNU LGPL Version 3 verwendet: Die Qt-Bibliotheken dieser Installation lassen sich durch kompatible eigene Builds ersetzen. Wählen Sie eine Komponente, um ihre Lizenz zu lesen.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>%1 ships no licence text of its own; its licence is %2.</source>
            <translation>%1 liefert keinen eigenen Lizenztext mit; die Lizenz ist %2.</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsView</name>
        <message>
            <source>Funnel: orders that reached each stage</source>
            <translation>Trichter: Bestellungen, die jede Phase erreicht haben</translation>
        </message>
        <message>
            <source>Days per stage: median (dark) and 90th percentile (light)</source>
            <translation>Tage je Phase: Median (dunkel) und 90. Perzentil (hell)</translation>
        </message>
        <message>
            <source>Open orders by days since ordered (red: blocked)</source>
            <translation>Offene Bestellungen nach Tagen seit Bestellung (rot: blockiert)</translation>
        </message>
        <message>
            <source>Orders activated per week</source>
            <translation>Aktivierte Bestellungen je Woche</translation>
        </message>
        <message>
            <source>No orders in this cohort.</source>
            <translation>Keine Bestellungen in dieser Kohorte.</translation>
        </message>
        <message>
            <source>No finished stay seen yet in: %1</source>
            <translation>Noch kein abgeschlossener Aufenthalt gesehen in: %1</translation>
        </message>
        <message>
            <source>days since ordered</source>
            <translation>Tage seit Bestellung</translation>
        </message>
        <message>
            <source>No activations yet.</source>
            <translation>Noch keine Aktivierungen.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Changing the connection</source>
            <translation>Verbindung wechseln</translation>
        </message>
        <message>
            <source>Switching the flaky network</source>
            <translation>Umschalten des instabilen Netzes</translation>
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
        <name>BillingDialog</name>
        <message>
            <source>Billing address and payment</source>
            <translation>Rechnungsanschrift und Zahlung</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern …</translation>
        </message>
        <message>
            <source>Contract %1 of %2.</source>
            <translation>Vertrag %1 von %2.</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Rechnungsanschrift</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Hausnummer</translation>
        </message>
        <message>
            <source>Zip code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>The address is changed where it is stored: the customer's other contracts using it change too.</source>
            <translation>Die Anschrift wird dort geändert, wo sie gespeichert ist: Weitere Verträge des Kunden mit dieser Anschrift ändern sich mit.</translation>
        </message>
        <message>
            <source>SEPA direct debit</source>
            <translation>SEPA-Lastschrift</translation>
        </message>
        <message>
            <source>Current mandate</source>
            <translation>Aktuelles Mandat</translation>
        </message>
        <message>
            <source>Leave empty to keep the current mandate</source>
            <translation>Leer lassen, um das aktuelle Mandat zu behalten</translation>
        </message>
        <message>
            <source>New IBAN</source>
            <translation>Neue IBAN</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Kontoinhaber</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>To change the account holder, enter the IBAN again: Nomos shows the current one only masked.</source>
            <translation>Um den Kontoinhaber zu ändern, die IBAN erneut eingeben: Nomos zeigt die aktuelle nur maskiert.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>The customer's other contracts using this address change too.</source>
            <translation>Weitere Verträge des Kunden mit dieser Anschrift ändern sich mit.</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>The new SEPA mandate replaces the current one.</source>
            <translation>Das neue SEPA-Mandat ersetzt das aktuelle.</translation>
        </message>
        <message>
            <source>Metadata “%1”</source>
            <translation>Metadaten „%1“</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <source>Change contract %1 of %2?</source>
            <translation>Vertrag %1 von %2 ändern?</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Billing and payment saved.</source>
            <translation>Rechnungsanschrift und Zahlung gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>BoardAnalytics</name>
        <message>
            <source>Order to installation</source>
            <translation>Bestellung bis Einbau</translation>
        </message>
        <message>
            <source>Order to activation</source>
            <translation>Bestellung bis Aktivierung</translation>
        </message>
        <message>
            <source>Order to cancellation</source>
            <translation>Bestellung bis Stornierung</translation>
        </message>
        <message numerus="yes">
            <source>median %1 d, 90 %: %2 d (%Ln order(s))</source>
            <translation>
                <numerusform>Median %1 T, 90 %: %2 T (%Ln Bestellung)</numerusform>
                <numerusform>Median %1 T, 90 %: %2 T (%Ln Bestellungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>über %1</translation>
        </message>
    </context>
    <context>
        <name>BoardCard</name>
        <message>
            <source>moved on</source>
            <translation>weiter</translation>
        </message>
        <message>
            <source>newly blocked</source>
            <translation>neu blockiert</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>aktiviert</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>unblocked</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>moved back</source>
            <translation>zurück</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>site check missing</source>
            <translation>Vor-Ort-Prüfung fehlt</translation>
        </message>
        <message>
            <source>grid operator registration</source>
            <translation>Netzbetreiber-Anmeldung</translation>
        </message>
        <message>
            <source>smart meter already there</source>
            <translation>iMSys schon vorhanden</translation>
        </message>
        <message>
            <source>customer request</source>
            <translation>Kundenwunsch</translation>
        </message>
        <message>
            <source>Customer not indexed yet</source>
            <translation>Kunde noch nicht im Index</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>seit %1</translation>
        </message>
        <message>
            <source>time in stage unknown</source>
            <translation>Dauer in der Phase unbekannt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) in stage</source>
            <translation>
                <numerusform>seit %Ln Tag</numerusform>
                <numerusform>seit %Ln Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≥ %Ln day(s) in stage</source>
            <translation>
                <numerusform>seit ≥ %Ln Tag</numerusform>
                <numerusform>seit ≥ %Ln Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked since %1</source>
            <translation>Blockiert seit %1</translation>
        </message>
        <message>
            <source>Cancelled on %1</source>
            <translation>Storniert am %1</translation>
        </message>
        <message>
            <source>Appointment %1</source>
            <translation>Einbautermin %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln moved on</source>
            <translation>
                <numerusform>%Ln weitergerückt</numerusform>
                <numerusform>%Ln weitergerückt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln newly blocked</source>
            <translation>
                <numerusform>%Ln neu blockiert</numerusform>
                <numerusform>%Ln neu blockiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activated</source>
            <translation>
                <numerusform>%Ln aktiviert</numerusform>
                <numerusform>%Ln aktiviert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cancelled</source>
            <translation>
                <numerusform>%Ln storniert</numerusform>
                <numerusform>%Ln storniert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unblocked</source>
            <translation>
                <numerusform>%Ln freigegeben</numerusform>
                <numerusform>%Ln freigegeben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln moved back</source>
            <translation>
                <numerusform>%Ln zurückgefallen</numerusform>
                <numerusform>%Ln zurückgefallen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln neu</numerusform>
                <numerusform>%Ln neu</numerusform>
            </translation>
        </message>
        <message>
            <source>Since last look: %1</source>
            <translation>Seit dem letzten Blick: %1</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) in this status</source>
            <translation>
                <numerusform>%Ln Bestellung in diesem Status</numerusform>
                <numerusform>%Ln Bestellungen in diesem Status</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) of the cohort in this status</source>
            <translation>
                <numerusform>%Ln Bestellung der Kohorte in diesem Status</numerusform>
                <numerusform>%Ln Bestellungen der Kohorte in diesem Status</numerusform>
            </translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>Nicht geladen: %1</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Meter orders</source>
            <translation>Zählerbestellungen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Load every order again from Nomos (F5)</source>
            <translation>Alle Bestellungen neu von Nomos laden (F5)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren …</translation>
        </message>
        <message>
            <source>Save the orders of this cohort for a spreadsheet</source>
            <translation>Die Bestellungen dieser Kohorte für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <source>Copy cards</source>
            <translation>Karten kopieren</translation>
        </message>
        <message>
            <source>Copy the selected cards as a table (Ctrl+C)</source>
            <translation>Die ausgewählten Karten als Tabelle kopieren (Strg+C)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <source>Bulk ordering</source>
            <translation>Sammelbestellung</translation>
        </message>
        <message>
            <source>Opening the meter-order board</source>
            <translation>Öffnen des Bestell-Boards</translation>
        </message>
        <message>
            <source>Saving the meter orders</source>
            <translation>Speichern der Zählerbestellungen</translation>
        </message>
        <message>
            <source>Loading the meter orders from Nomos…</source>
            <translation>Zählerbestellungen werden von Nomos geladen …</translation>
        </message>
        <message>
            <source>No orders loaded yet.</source>
            <translation>Noch keine Bestellungen geladen.</translation>
        </message>
        <message>
            <source>Since the last look: %1</source>
            <translation>Seit dem letzten Blick: %1</translation>
        </message>
        <message>
            <source>First look at the orders: from the next load on, the board marks what moved.</source>
            <translation>Erster Blick auf die Bestellungen: Ab dem nächsten Laden markiert das Board, was sich bewegt hat.</translation>
        </message>
        <message>
            <source>Nothing moved since the last look.</source>
            <translation>Seit dem letzten Blick hat sich nichts bewegt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung</numerusform>
                <numerusform>%Ln Bestellungen</numerusform>
            </translation>
        </message>
        <message>
            <source>loaded %1</source>
            <translation>geladen %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln in this cohort</source>
            <translation>
                <numerusform>%Ln in dieser Kohorte</numerusform>
                <numerusform>%Ln in dieser Kohorte</numerusform>
            </translation>
        </message>
        <message>
            <source>refreshing…</source>
            <translation>wird aktualisiert …</translation>
        </message>
        <message>
            <source>Select cards to copy first.</source>
            <translation>Zuerst Karten zum Kopieren auswählen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) copied as a table.</source>
            <translation>
                <numerusform>%Ln Karte als Tabelle kopiert.</numerusform>
                <numerusform>%Ln Karten als Tabelle kopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the meter orders</source>
            <translation>Exportieren der Zählerbestellungen</translation>
        </message>
        <message>
            <source>Export meter orders</source>
            <translation>Zählerbestellungen exportieren</translation>
        </message>
        <message>
            <source>meter-orders.csv</source>
            <translation>zaehlerbestellungen.csv</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) saved to %1.</source>
            <translation>
                <numerusform>%Ln Bestellung in %1 gespeichert.</numerusform>
                <numerusform>%Ln Bestellungen in %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the cohort</source>
            <translation>Speichern der Kohorte</translation>
        </message>
        <message>
            <source>Save cohort</source>
            <translation>Kohorte speichern</translation>
        </message>
        <message>
            <source>Name of the cohort:</source>
            <translation>Name der Kohorte:</translation>
        </message>
        <message>
            <source>Deleting the cohort</source>
            <translation>Löschen der Kohorte</translation>
        </message>
    </context>
    <context>
        <name>BoardSaving</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>BoardTable</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Subscription number</source>
            <translation>Vertragsnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Zip</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Messstellenbetreiber</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Bestellt am</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Tage in der Phase</translation>
        </message>
        <message>
            <source>Blocked since</source>
            <translation>Blockiert seit</translation>
        </message>
        <message>
            <source>Blocked because</source>
            <translation>Blockiert weil</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Storniert am</translation>
        </message>
        <message>
            <source>Cancelled because</source>
            <translation>Storniert weil</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Einbautermin</translation>
        </message>
        <message>
            <source>Since last look</source>
            <translation>Seit dem letzten Blick</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Bestell-ID</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Vertrags-ID</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>mindestens %1</translation>
        </message>
    </context>
    <context>
        <name>BulkOrders</name>
        <message>
            <source>the plan has no smart-meter product</source>
            <translation>der Tarif hat kein Smart-Meter-Produkt</translation>
        </message>
        <message>
            <source>already a smart meter (Nomos would cancel the order as pre-existing)</source>
            <translation>schon ein intelligentes Messsystem (Nomos würde die Bestellung als bereits vorhanden stornieren)</translation>
        </message>
        <message>
            <source>meter type not known yet (the search index has no details)</source>
            <translation>Zählertyp noch unbekannt (der Suchindex hat noch keine Details)</translation>
        </message>
        <message>
            <source>feed-in subscription</source>
            <translation>Einspeisevertrag</translation>
        </message>
        <message>
            <source>supply has not started yet</source>
            <translation>Lieferbeginn steht noch aus</translation>
        </message>
        <message>
            <source>the subscription has ended</source>
            <translation>der Vertrag ist beendet</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Bestellt</translation>
        </message>
        <message>
            <source>Already had one</source>
            <translation>Hatte schon eine</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Unknown: check again</source>
            <translation>Unklar: erneut prüfen</translation>
        </message>
        <message>
            <source>Not sent (run cancelled)</source>
            <translation>Nicht gesendet (Lauf abgebrochen)</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Sent, answer pending</source>
            <translation>Gesendet, Antwort steht aus</translation>
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
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Why, or the order</source>
            <translation>Grund oder Bestellung</translation>
        </message>
        <message>
            <source>Subscription number</source>
            <translation>Vertragsnummer</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Bestell-ID</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Vertrags-ID</translation>
        </message>
        <message>
            <source>Would be ordered</source>
            <translation>Würde bestellt</translation>
        </message>
        <message>
            <source>Would be refused</source>
            <translation>Würde abgelehnt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln ordered</source>
            <translation>
                <numerusform>%Ln bestellt</numerusform>
                <numerusform>%Ln bestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already had one</source>
            <translation>
                <numerusform>%Ln hatte schon eine</numerusform>
                <numerusform>%Ln hatten schon eine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused</source>
            <translation>
                <numerusform>%Ln abgelehnt</numerusform>
                <numerusform>%Ln abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unknown</source>
            <translation>
                <numerusform>%Ln unklar</numerusform>
                <numerusform>%Ln unklar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not sent</source>
            <translation>
                <numerusform>%Ln nicht gesendet</numerusform>
                <numerusform>%Ln nicht gesendet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkView</name>
        <message>
            <source>Smart meters for the subscriptions of the cohort that have no order yet: active consumption subscriptions with an analog meter, on a plan with a smart-meter product. The cohort's plan, place, dates and search apply.</source>
            <translation>Intelligente Messsysteme für die Verträge der Kohorte, die noch keine Bestellung haben: aktive Bezugsverträge mit analogem Zähler in einem Tarif mit Smart-Meter-Produkt. Tarif, Ort, Zeitraum und Suche der Kohorte gelten.</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Probelauf</translation>
        </message>
        <message>
            <source>Count who would be ordered and who would be refused; nothing is sent</source>
            <translation>Zählen, wer bestellt und wer abgelehnt würde; es wird nichts gesendet</translation>
        </message>
        <message>
            <source>Order smart meters…</source>
            <translation>Smart Meter bestellen …</translation>
        </message>
        <message>
            <source>Ordering smart meters</source>
            <translation>Smart-Meter-Sammelbestellung</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Cancel run</source>
            <translation>Lauf abbrechen</translation>
        </message>
        <message>
            <source>Stop after the orders on their way; the rest is not sent</source>
            <translation>Nach den laufenden Bestellungen anhalten; der Rest wird nicht gesendet</translation>
        </message>
        <message>
            <source>Save report as CSV…</source>
            <translation>Bericht als CSV speichern …</translation>
        </message>
        <message>
            <source>Resume run</source>
            <translation>Lauf fortsetzen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>End the run here; what was not sent is reported as not sent</source>
            <translation>Den Lauf hier beenden; was nicht gesendet wurde, steht im Bericht als nicht gesendet</translation>
        </message>
        <message>
            <source>The cohort changed: do the dry run again.</source>
            <translation>Die Kohorte hat sich geändert: Probelauf bitte wiederholen.</translation>
        </message>
        <message>
            <source>Preparing the bulk order</source>
            <translation>Vorbereiten der Sammelbestellung</translation>
        </message>
        <message>
            <source>Looking for subscriptions without an order…</source>
            <translation>Verträge ohne Bestellung werden gesucht …</translation>
        </message>
        <message>
            <source>The search index is empty: it lists the subscriptions. Wait for its first sync, then try again.</source>
            <translation>Der Suchindex ist leer; er liefert die Verträge. Bitte den ersten Abgleich abwarten und dann erneut versuchen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s) of this cohort without an order.</source>
            <translation>
                <numerusform>%Ln Vertrag dieser Kohorte ohne Bestellung.</numerusform>
                <numerusform>%Ln Verträge dieser Kohorte ohne Bestellung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Would be ordered: %1.</source>
            <translation>Würden bestellt: %1.</translation>
        </message>
        <message>
            <source>Would be refused: %1.</source>
            <translation>Würden abgelehnt: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Order smart meters for %Ln subscription(s)?

Nomos passes each order to the metering operator, who contacts the customer. A subscription can have only one order, ever; orders cannot be taken back here.</source>
            <translation>
                <numerusform>Smart Meter für %Ln Vertrag bestellen?

Nomos gibt jede Bestellung an den Messstellenbetreiber weiter, der sich beim Kunden meldet. Ein Vertrag kann nur eine einzige Bestellung haben; Bestellungen lassen sich hier nicht zurücknehmen.</numerusform>
                <numerusform>Smart Meter für %Ln Verträge bestellen?

Nomos gibt jede Bestellung an den Messstellenbetreiber weiter, der sich beim Kunden meldet. Ein Vertrag kann nur eine einzige Bestellung haben; Bestellungen lassen sich hier nicht zurücknehmen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order %Ln smart meter(s)</source>
            <translation>
                <numerusform>%Ln Smart Meter bestellen</numerusform>
                <numerusform>%Ln Smart Meter bestellen</numerusform>
            </translation>
        </message>
        <message>
            <source>Bulk smart-meter order</source>
            <translation>Smart-Meter-Sammelbestellung</translation>
        </message>
        <message>
            <source>unsaved filters</source>
            <translation>ungespeicherte Filter</translation>
        </message>
        <message>
            <source>The run paused: %1</source>
            <translation>Der Lauf ist angehalten: %1</translation>
        </message>
        <message>
            <source>Done: %1.</source>
            <translation>Fertig: %1.</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 von %2 erledigt</translation>
        </message>
        <message>
            <source>%1 orders per second</source>
            <translation>%1 Bestellungen pro Sekunde</translation>
        </message>
        <message numerus="yes">
            <source>Nomos asked to slow down %Ln time(s)</source>
            <translation>
                <numerusform>Nomos bat %Ln-mal um langsameres Tempo</numerusform>
                <numerusform>Nomos bat %Ln-mal um langsameres Tempo</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message numerus="yes">
            <source>A bulk order of “%1” stopped before its end: %Ln of its subscription(s) still to do.</source>
            <translation>
                <numerusform>Eine Sammelbestellung für „%1“ endete vorzeitig: %Ln Vertrag ist noch offen.</numerusform>
                <numerusform>Eine Sammelbestellung für „%1“ endete vorzeitig: %Ln Verträge sind noch offen.</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1 in the run.)</source>
            <translation>(%1 im Lauf.)</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Run ended: %1.</source>
            <translation>Lauf beendet: %1.</translation>
        </message>
        <message>
            <source>Save the bulk order report</source>
            <translation>Bericht der Sammelbestellung speichern</translation>
        </message>
        <message>
            <source>bulk-order-report.csv</source>
            <translation>sammelbestellung-bericht.csv</translation>
        </message>
        <message numerus="yes">
            <source>Report of %Ln subscription(s) saved.</source>
            <translation>
                <numerusform>Bericht über %Ln Vertrag gespeichert.</numerusform>
                <numerusform>Bericht über %Ln Verträge gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the report</source>
            <translation>Speichern des Berichts</translation>
        </message>
        <message numerus="yes">
            <source>Order %Ln smart meter(s)…</source>
            <translation>
                <numerusform>%Ln Smart Meter bestellen …</numerusform>
                <numerusform>%Ln Smart Meter bestellen …</numerusform>
            </translation>
        </message>
        <message>
            <source>A run is going on.</source>
            <translation>Ein Lauf ist im Gang.</translation>
        </message>
        <message>
            <source>Do the dry run first.</source>
            <translation>Zuerst den Probelauf machen.</translation>
        </message>
        <message>
            <source>Nobody in this cohort to order for.</source>
            <translation>In dieser Kohorte gibt es niemanden zu bestellen.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>Caches</name>
        <message>
            <source>Plans and smart-meter facts</source>
            <translation>Tarife und Wissen zu intelligenten Messsystemen</translation>
        </message>
        <message>
            <source>Meter orders of the board</source>
            <translation>Zählerbestellungen des Boards</translation>
        </message>
        <message>
            <source>Invoice documents</source>
            <translation>Rechnungsdokumente</translation>
        </message>
        <message>
            <source>Usage values and prices</source>
            <translation>Verbrauchswerte und Preise</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <source>No orders here</source>
            <translation>Keine Bestellungen hier</translation>
        </message>
    </context>
    <context>
        <name>Care</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Pflichtangabe.</translation>
        </message>
        <message>
            <source>A German zip code has five digits.</source>
            <translation>Eine deutsche PLZ hat fünf Ziffern.</translation>
        </message>
        <message>
            <source>Not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</source>
            <translation>Keine IBAN: zwei Buchstaben, zwei Prüfziffern, dann das Konto (eine deutsche IBAN hat 22 Zeichen).</translation>
        </message>
        <message>
            <source>The check digits do not match: a character of this IBAN is mistyped.</source>
            <translation>Die Prüfziffern stimmen nicht: In dieser IBAN ist ein Zeichen vertippt.</translation>
        </message>
        <message>
            <source>Choose a day after today: an end at midnight today has already passed.</source>
            <translation>Bitte einen Tag nach heute wählen: Ein Ende um 0:00 Uhr heute ist schon vorbei.</translation>
        </message>
        <message>
            <source>A value needs a key.</source>
            <translation>Ein Wert braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>The key “%1” appears twice.</source>
            <translation>Der Schlüssel „%1“ kommt doppelt vor.</translation>
        </message>
        <message>
            <source>Nomos does not accept this end date: it is too soon for the grid operator's notice (an ordinary termination also has to keep the plan's cancellation period). Choose a later day.</source>
            <translation>Nomos nimmt dieses Vertragsende nicht an: Es ist zu früh für die Frist des Netzbetreibers (eine ordentliche Kündigung muss außerdem die Kündigungsfrist des Tarifs einhalten). Bitte einen späteren Tag wählen.</translation>
        </message>
        <message>
            <source>The 14-day withdrawal period has passed (it counts from the contract confirmation), so Nomos refuses a withdrawal. An ordinary termination is still possible.</source>
            <translation>Die 14-tägige Widerrufsfrist ist abgelaufen (sie zählt ab der Vertragsbestätigung), daher lehnt Nomos den Widerruf ab. Eine ordentliche Kündigung ist weiterhin möglich.</translation>
        </message>
        <message>
            <source>Supply has not started yet: a pending contract can only be withdrawn.</source>
            <translation>Die Belieferung hat noch nicht begonnen: Ein noch nicht belieferter Vertrag kann nur widerrufen werden.</translation>
        </message>
        <message>
            <source>The contract has already ended.</source>
            <translation>Der Vertrag ist bereits beendet.</translation>
        </message>
        <message>
            <source>A reduction of this module is already in place, or one of modules 1 and 2, which exclude each other.</source>
            <translation>Eine Reduzierung dieses Moduls besteht bereits, oder eines der Module 1 und 2, die sich gegenseitig ausschließen.</translation>
        </message>
        <message>
            <source>Module 3 only comes on top of module 1: request module 1 first.</source>
            <translation>Modul 3 gibt es nur zusätzlich zu Modul 1: bitte zuerst Modul 1 beantragen.</translation>
        </message>
        <message>
            <source>Module 3 needs a smart meter, installed or ordered: order one first.</source>
            <translation>Modul 3 braucht ein intelligentes Messsystem, eingebaut oder bestellt: bitte zuerst eines bestellen.</translation>
        </message>
        <message>
            <source>§14a reductions do not apply to this contract (feed-in contracts pay no grid fees).</source>
            <translation>Reduzierungen nach §14a gelten für diesen Vertrag nicht (Einspeiseverträge zahlen keine Netzentgelte).</translation>
        </message>
        <message>
            <source>Nomos does not accept this IBAN.</source>
            <translation>Nomos nimmt diese IBAN nicht an.</translation>
        </message>
        <message>
            <source>Nomos does not know this zip code.</source>
            <translation>Nomos kennt diese PLZ nicht.</translation>
        </message>
        <message>
            <source>The contract is already terminated; nothing was changed. Refresh to see its end.</source>
            <translation>Der Vertrag ist bereits gekündigt; es wurde nichts geändert. Aktualisieren zeigt sein Ende.</translation>
        </message>
        <message>
            <source>Nomos needs a value here.</source>
            <translation>Nomos braucht hier einen Wert.</translation>
        </message>
        <message>
            <source>Too short for Nomos.</source>
            <translation>Zu kurz für Nomos.</translation>
        </message>
        <message>
            <source>Too long for Nomos.</source>
            <translation>Zu lang für Nomos.</translation>
        </message>
        <message>
            <source>Nomos does not accept it written like this.</source>
            <translation>So geschrieben nimmt Nomos es nicht an.</translation>
        </message>
        <message>
            <source>Not one of the values Nomos accepts.</source>
            <translation>Keiner der Werte, die Nomos annimmt.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>Diese Verbindung darf nur lesen; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>(Nomos code %1, request id %2)</source>
            <translation>(Nomos-Code %1, Anfrage-ID %2)</translation>
        </message>
        <message>
            <source>(request id %1)</source>
            <translation>(Anfrage-ID %1)</translation>
        </message>
        <message>
            <source>No connection to Nomos: nothing was sent. Send again when the connection is back; what you typed is kept.</source>
            <translation>Keine Verbindung zu Nomos: Es wurde nichts gesendet. Erneut senden, sobald die Verbindung wieder da ist; die Eingaben bleiben erhalten.</translation>
        </message>
        <message>
            <source>The answer got lost, and Nomos does not show the change. Sending the same change again is safe.</source>
            <translation>Die Antwort ist verloren gegangen, und Nomos zeigt die Änderung nicht. Dieselbe Änderung erneut zu senden ist unbedenklich.</translation>
        </message>
        <message numerus="yes">
            <source>The answer got lost. Nomos was asked %n time(s) and does not have it: it was not applied, so you can send it again.</source>
            <translation>
                <numerusform>Die Antwort ist verloren gegangen. Nomos wurde %n-mal gefragt und hat sie nicht: Sie wurde nicht übernommen und kann erneut gesendet werden.</numerusform>
                <numerusform>Die Antwort ist verloren gegangen. Nomos wurde %n-mal gefragt und hat sie nicht: Sie wurde nicht übernommen und kann erneut gesendet werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer got lost and checking failed too: it is unknown whether Nomos applied it. Check again before sending anything.</source>
            <translation>Die Antwort ist verloren gegangen, und auch die Nachfrage schlug fehl: Ob Nomos die Änderung übernommen hat, ist unbekannt. Bitte erneut prüfen, bevor etwas gesendet wird.</translation>
        </message>
        <message>
            <source>The answer got lost, but Nomos has the change: it went through.</source>
            <translation>Die Antwort ist verloren gegangen, aber Nomos hat die Änderung: Sie ist angekommen.</translation>
        </message>
        <message>
            <source>Supply ends on %1 at 0:00 (Berlin time); the last day of supply is %2.</source>
            <translation>Die Belieferung endet am %1 um 0:00 Uhr (Berliner Zeit); letzter Liefertag ist der %2.</translation>
        </message>
    </context>
    <context>
        <name>CareActions</name>
        <message>
            <source>Correct name…</source>
            <translation>Name korrigieren …</translation>
        </message>
        <message>
            <source>Correct the customer's first, last or company name</source>
            <translation>Vor-, Nach- oder Firmennamen des Kunden korrigieren</translation>
        </message>
        <message>
            <source>Correcting a customer's name</source>
            <translation>Kundennamen korrigieren</translation>
        </message>
        <message>
            <source>Another change to this record is in progress.</source>
            <translation>Eine andere Änderung an diesem Datensatz läuft gerade.</translation>
        </message>
        <message>
            <source>Loading the record…</source>
            <translation>Datensatz wird geladen …</translation>
        </message>
        <message>
            <source>Name corrected: %1</source>
            <translation>Name korrigiert: %1</translation>
        </message>
    </context>
    <context>
        <name>CareDialog</name>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Ask Nomos whether the change arrived</source>
            <translation>Bei Nomos nachfragen, ob die Änderung angekommen ist</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Bitte die markierten Felder korrigieren.</translation>
        </message>
        <message>
            <source>Nothing changed: there is nothing to send.</source>
            <translation>Nichts geändert: Es gibt nichts zu senden.</translation>
        </message>
        <message>
            <source>Sending to Nomos… If the answer is lost, the form checks whether the change arrived before offering anything else.</source>
            <translation>Wird an Nomos gesendet … Geht die Antwort verloren, prüft das Formular erst, ob die Änderung angekommen ist, bevor es etwas anderes anbietet.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Nomos did not accept this: see the marked field.</source>
            <translation>Nomos hat das nicht angenommen: siehe markiertes Feld.</translation>
        </message>
    </context>
    <context>
        <name>ChartControls</name>
        <message>
            <source>How long a stretch of time the chart shows</source>
            <translation>Welchen Zeitraum das Diagramm zeigt</translation>
        </message>
        <message>
            <source>The period before</source>
            <translation>Der Zeitraum davor</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>The period that contains today</source>
            <translation>Der Zeitraum, der heute enthält</translation>
        </message>
        <message>
            <source>The period after</source>
            <translation>Der Zeitraum danach</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>How much time one bar stands for; Auto picks by the length of the period</source>
            <translation>Wie viel Zeit ein Balken umfasst; Automatisch wählt nach der Länge des Zeitraums</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Balken</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Price weighted by usage</source>
            <translation>Preis nach Verbrauch gewichtet</translation>
        </message>
        <message>
            <source>Price weighted by time</source>
            <translation>Preis nach Zeit gewichtet</translation>
        </message>
        <message>
            <source>How the price of an hour, day, week or month is averaged: by usage (what the customer paid per kWh) or by time (the tariff's average)</source>
            <translation>Wie der Preis einer Stunde, eines Tages, einer Woche oder eines Monats gemittelt wird: nach Verbrauch (was der Kunde je kWh bezahlt hat) oder nach Zeit (der Durchschnitt des Tarifs)</translation>
        </message>
        <message>
            <source>Price components</source>
            <translation>Preisbestandteile</translation>
        </message>
        <message>
            <source>Show the price stacked as electricity, grid fees and taxes and levies</source>
            <translation>Den Preis gestapelt zeigen: Strom, Netzentgelte sowie Steuern und Umlagen</translation>
        </message>
        <message>
            <source>Save picture…</source>
            <translation>Bild speichern …</translation>
        </message>
        <message>
            <source>Save the chart as a PNG picture</source>
            <translation>Das Diagramm als PNG-Bild speichern</translation>
        </message>
        <message>
            <source>Save CSV…</source>
            <translation>CSV speichern …</translation>
        </message>
        <message>
            <source>Save the values as a CSV file for a spreadsheet</source>
            <translation>Die Werte als CSV-Datei für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <source>An analog meter has monthly values only</source>
            <translation>Ein analoger Zähler hat nur Monatswerte</translation>
        </message>
    </context>
    <context>
        <name>CohortBar</name>
        <message>
            <source>Save cohort…</source>
            <translation>Kohorte speichern …</translation>
        </message>
        <message>
            <source>Keep these filters under a name</source>
            <translation>Diese Filter unter einem Namen speichern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the saved cohort</source>
            <translation>Die gespeicherte Kohorte löschen</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Zip prefix or city</source>
            <translation>PLZ-Anfang oder Ort</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Name oder Nummer</translation>
        </message>
        <message>
            <source>Ordered between</source>
            <translation>Bestellt zwischen</translation>
        </message>
        <message>
            <source>Blocked only</source>
            <translation>Nur blockierte</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Blocked, or longer in the current stage than usual for it (the 90th percentile of the stays seen so far; a month until ten have been seen). Waiting for an appointment ahead is not counted.</source>
            <translation>Blockiert oder länger als üblich in der aktuellen Phase (90. Perzentil der bisher gesehenen Aufenthalte; ein Monat, bis zehn gesehen wurden). Warten auf einen anstehenden Einbautermin zählt nicht.</translation>
        </message>
        <message>
            <source>Moved since the last look</source>
            <translation>Seit dem letzten Blick bewegt</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Only orders longer than this in their current stage</source>
            <translation>Nur Bestellungen, die länger als so viele Tage in ihrer Phase sind</translation>
        </message>
        <message>
            <source>Cohort:</source>
            <translation>Kohorte:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Messstellenbetreiber:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Wo:</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Tarif:</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Suche:</translation>
        </message>
        <message>
            <source>In stage longer than:</source>
            <translation>In der Phase länger als:</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Alle Bestellungen</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <source>Filters (%Ln)</source>
            <translation>
                <numerusform>Filter (%Ln)</numerusform>
                <numerusform>Filter (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
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
        <name>CrashDialog</name>
        <message>
            <source>Unexpected problem</source>
            <translation>Unerwartetes Problem</translation>
        </message>
        <message>
            <source>Nomos Desk ran into an unexpected problem.</source>
            <translation>In Nomos Desk ist ein unerwartetes Problem aufgetreten.</translation>
        </message>
        <message>
            <source>The app keeps running and nothing you entered is lost. If this happens again, send the details to your support team: Copy details puts them on the clipboard (without secrets or personal data).</source>
            <translation>Die App läuft weiter, und nichts von Ihren Eingaben geht verloren. Wenn das wieder passiert, senden Sie die Details an Ihren Support: „Details kopieren“ legt sie in die Zwischenablage (ohne Secrets und personenbezogene Daten).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) since this message appeared.</source>
            <translation>
                <numerusform>%n Problem, seit diese Meldung erschien.</numerusform>
                <numerusform>%n Probleme, seit diese Meldung erschien.</numerusform>
            </translation>
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
        <name>CustomerDialog</name>
        <message>
            <source>Correct the customer's name</source>
            <translation>Kundennamen korrigieren</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern …</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <source>Customer %1 (%2). The name changes for all of the customer's contracts.</source>
            <translation>Kunde %1 (%2). Der Name ändert sich für alle Verträge des Kunden.</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Correct the name of customer %1?</source>
            <translation>Namen des Kunden %1 korrigieren?</translation>
        </message>
        <message>
            <source>Save name</source>
            <translation>Namen speichern</translation>
        </message>
        <message>
            <source>The name changes for all of the customer's contracts.</source>
            <translation>Der Name ändert sich für alle Verträge des Kunden.</translation>
        </message>
        <message>
            <source>The name is corrected.</source>
            <translation>Der Name ist korrigiert.</translation>
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
        <message numerus="yes">
            <source>Nomos is busy, trying again in %n second(s)…</source>
            <translation>
                <numerusform>Nomos ist ausgelastet, neuer Versuch in %n Sekunde …</numerusform>
                <numerusform>Nomos ist ausgelastet, neuer Versuch in %n Sekunden …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nomos had a problem, trying again in %n second(s)…</source>
            <translation>
                <numerusform>Nomos hatte ein Problem, neuer Versuch in %n Sekunde …</numerusform>
                <numerusform>Nomos hatte ein Problem, neuer Versuch in %n Sekunden …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The connection to Nomos broke off, trying again in %n second(s)…</source>
            <translation>
                <numerusform>Die Verbindung zu Nomos brach ab, neuer Versuch in %n Sekunde …</numerusform>
                <numerusform>Die Verbindung zu Nomos brach ab, neuer Versuch in %n Sekunden …</numerusform>
            </translation>
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
        <name>Help</name>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Diagnostic info copied: paste it into your support ticket.</source>
            <translation>Diagnoseinformationen kopiert: Fügen Sie sie in Ihr Support-Ticket ein.</translation>
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
        <name>KeyValueTable</name>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Eintrag entfernen</translation>
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
            <source>%1, %2</source>
            <translation>%1, %2</translation>
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
            <translation>Umlagen und Steuern</translation>
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
        <message>
            <source>Supplier change</source>
            <translation>Lieferantenwechsel</translation>
        </message>
        <message>
            <source>Move-in</source>
            <translation>Einzug</translation>
        </message>
        <message>
            <source>Monthly fees</source>
            <translation>Monatliche Preise</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Verbrauch</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Netz</translation>
        </message>
        <message>
            <source>Metering</source>
            <translation>Messstellenbetrieb</translation>
        </message>
    </context>
    <context>
        <name>LeadFacts</name>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>not converted yet</source>
            <translation>noch nicht abgeschlossen</translation>
        </message>
        <message>
            <source>converted %1</source>
            <translation>abgeschlossen am %1</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Angelegt von</translation>
        </message>
        <message>
            <source>Last visited</source>
            <translation>Zuletzt besucht</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
    </context>
    <context>
        <name>LeadForm</name>
        <message>
            <source>name@example.org</source>
            <translation>name@beispiel.de</translation>
        </message>
        <message>
            <source>Next possible date</source>
            <translation>Nächstmöglicher Termin</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>Zum Datum</translation>
        </message>
        <message>
            <source>SEPA direct debit (optional)</source>
            <translation>SEPA-Lastschrift (optional)</translation>
        </message>
        <message>
            <source>your email address</source>
            <translation>Ihre E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Who made the lead (Nomos keeps it with the lead)</source>
            <translation>Wer den Lead angelegt hat (Nomos speichert es mit dem Lead)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Tarif:</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer type:</source>
            <translation>Kundenart:</translation>
        </message>
        <message>
            <source>Company name:</source>
            <translation>Firmenname:</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>Vorname:</translation>
        </message>
        <message>
            <source>Last name:</source>
            <translation>Nachname:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Street and number:</source>
            <translation>Straße und Hausnummer:</translation>
        </message>
        <message>
            <source>Zip code and city:</source>
            <translation>PLZ und Ort:</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Yearly usage:</source>
            <translation>Jahresverbrauch:</translation>
        </message>
        <message>
            <source>Meter type:</source>
            <translation>Zählerart:</translation>
        </message>
        <message>
            <source>Meter number:</source>
            <translation>Zählernummer:</translation>
        </message>
        <message>
            <source>Switch and start</source>
            <translation>Wechsel und Lieferbeginn</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Anlass:</translation>
        </message>
        <message>
            <source>Previous supplier:</source>
            <translation>Bisheriger Lieferant:</translation>
        </message>
        <message>
            <source>Supply starts:</source>
            <translation>Lieferbeginn:</translation>
        </message>
        <message>
            <source>IBAN:</source>
            <translation>IBAN:</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translation>Kontoinhaber:</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Metadata:</source>
            <translation>Metadaten:</translation>
        </message>
        <message>
            <source>Created by:</source>
            <translation>Angelegt von:</translation>
        </message>
        <message>
            <source>Choose a plan…</source>
            <translation>Tarif wählen …</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Feed-in plan: needs a smart meter (iMSys) and API version 2026-05-27.curie; the supply starts on the first of a month at least one month ahead (the earliest is %1); no previous supplier; §14a modules do not apply.</source>
            <translation>Einspeisetarif: braucht ein intelligentes Messsystem (iMSys) und die API-Version 2026-05-27.curie; die Lieferung beginnt am Ersten eines Monats, mindestens einen Monat im Voraus (frühestens am %1); kein bisheriger Lieferant; §14a-Module gelten nicht.</translation>
        </message>
        <message>
            <source>Base fee %1 a month.</source>
            <translation>Grundgebühr %1 im Monat.</translation>
        </message>
    </context>
    <context>
        <name>LeadMetadata</name>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>LeadProblems</name>
        <message>
            <source>Required.</source>
            <translation>Pflichtangabe.</translation>
        </message>
        <message>
            <source>A German zip code has five digits.</source>
            <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
        </message>
        <message>
            <source>This is not an email address (name@example.org).</source>
            <translation>Das ist keine E-Mail-Adresse (name@beispiel.de).</translation>
        </message>
        <message>
            <source>This is not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</source>
            <translation>Das ist keine IBAN: zwei Buchstaben, zwei Prüfziffern, dann das Konto (eine deutsche IBAN hat 22 Zeichen).</translation>
        </message>
        <message>
            <source>The IBAN's check digits do not match: a character is mistyped.</source>
            <translation>Die Prüfziffern der IBAN passen nicht: ein Zeichen ist vertippt.</translation>
        </message>
        <message>
            <source>At least %1 kWh a year.</source>
            <translation>Mindestens %1 kWh im Jahr.</translation>
        </message>
        <message>
            <source>The start must lie after today.</source>
            <translation>Der Lieferbeginn muss nach heute liegen.</translation>
        </message>
        <message>
            <source>Feed-in starts on the first day of a month (the earliest is %1).</source>
            <translation>Einspeisung beginnt am Ersten eines Monats (frühestens am %1).</translation>
        </message>
        <message>
            <source>Feed-in starts at least one month ahead: the earliest is %1.</source>
            <translation>Einspeisung beginnt frühestens einen Monat im Voraus: am %1.</translation>
        </message>
        <message>
            <source>A feed-in plan needs a smart meter (iMSys).</source>
            <translation>Ein Einspeisetarif braucht ein intelligentes Messsystem (iMSys).</translation>
        </message>
        <message>
            <source>Pick the previous supplier from the list that opens while you type, or leave the field empty.</source>
            <translation>Den bisherigen Lieferanten aus der Liste wählen, die beim Tippen aufgeht, oder das Feld leer lassen.</translation>
        </message>
        <message>
            <source>A value needs a key.</source>
            <translation>Ein Wert braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>The key %1 is there twice.</source>
            <translation>Der Schlüssel %1 kommt zweimal vor.</translation>
        </message>
        <message>
            <source>The key %1 is the app's own; choose another.</source>
            <translation>Den Schlüssel %1 verwendet die App selbst; bitte einen anderen wählen.</translation>
        </message>
    </context>
    <context>
        <name>LeadSubmit</name>
        <message>
            <source>no answer within the time limit</source>
            <translation>keine Antwort innerhalb der Frist</translation>
        </message>
        <message>
            <source>Nomos answered with an internal error (%1)</source>
            <translation>Nomos meldete einen internen Fehler (%1)</translation>
        </message>
        <message>
            <source>the connection broke before the answer arrived</source>
            <translation>die Verbindung brach vor der Antwort ab</translation>
        </message>
        <message>
            <source>The answer got lost (%1), but Nomos has the lead: it went through once.</source>
            <translation>Die Antwort ging verloren (%1), aber Nomos hat den Lead: Er wurde genau einmal angelegt.</translation>
        </message>
        <message>
            <source>No answer came back (%1), and looking for the lead failed too: %2. It may exist. Check again before sending it a second time.</source>
            <translation>Es kam keine Antwort (%1), und auch die Suche nach dem Lead schlug fehl: %2. Er kann existieren. Erst erneut prüfen, dann gegebenenfalls noch einmal senden.</translation>
        </message>
        <message numerus="yes">
            <source>No answer came back (%1). The app then looked through the %2 newest leads for this submission's key %3, %n time(s) over %4 seconds: none has it, so no lead was created. You can send it again.</source>
            <translation>
                <numerusform>Es kam keine Antwort (%1). Die App hat daraufhin die %2 neuesten Leads nach dem Schlüssel %3 dieser Übermittlung durchsucht, %n-mal in %4 Sekunden: Keiner trägt ihn, es wurde also kein Lead angelegt. Sie können ihn erneut senden.</numerusform>
                <numerusform>Es kam keine Antwort (%1). Die App hat daraufhin die %2 neuesten Leads nach dem Schlüssel %3 dieser Übermittlung durchsucht, %n-mal in %4 Sekunden: Keiner trägt ihn, es wurde also kein Lead angelegt. Sie können ihn erneut senden.</numerusform>
            </translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>Diese Verbindung darf nur lesen; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>No connection to Nomos: the lead was not sent. Everything you typed is kept; send it again when the connection is back.</source>
            <translation>Keine Verbindung zu Nomos: Der Lead wurde nicht gesendet. Alle Eingaben bleiben erhalten; erneut senden, sobald die Verbindung wieder steht.</translation>
        </message>
        <message>
            <source>Nomos did not accept the lead; nothing was created. %1</source>
            <translation>Nomos hat den Lead nicht angenommen; es wurde nichts angelegt. %1</translation>
        </message>
        <message>
            <source>Nomos is busy (too many requests); nothing was created. Send it again in a moment.</source>
            <translation>Nomos ist ausgelastet (zu viele Anfragen); es wurde nichts angelegt. Bitte gleich noch einmal senden.</translation>
        </message>
        <message>
            <source>Nomos refused the lead; nothing was created. %1</source>
            <translation>Nomos hat den Lead abgelehnt; es wurde nichts angelegt. %1</translation>
        </message>
        <message>
            <source>Lead created.</source>
            <translation>Lead angelegt.</translation>
        </message>
    </context>
    <context>
        <name>LeadSubscription</name>
        <message>
            <source>Open subscription</source>
            <translation>Vertrag öffnen</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Supply start</source>
            <translation>Lieferbeginn</translation>
        </message>
    </context>
    <context>
        <name>LeadTab</name>
        <message>
            <source>Lead for %1</source>
            <translation>Lead für %1</translation>
        </message>
        <message>
            <source>Lead %1</source>
            <translation>Lead %1</translation>
        </message>
        <message>
            <source>created %1</source>
            <translation>angelegt am %1</translation>
        </message>
    </context>
    <context>
        <name>LeadsList</name>
        <message>
            <source>All leads</source>
            <translation>Alle Leads</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Not converted</source>
            <translation>Nicht abgeschlossen</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Angelegt von</translation>
        </message>
        <message>
            <source>Last visited</source>
            <translation>Zuletzt besucht</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Lead öffnen</translation>
        </message>
        <message>
            <source>Open subscription</source>
            <translation>Vertrag öffnen</translation>
        </message>
        <message>
            <source>Double-click a lead to open it; on “Converted”, its subscription.</source>
            <translation>Doppelklick öffnet den Lead; auf „Abgeschlossen“ seinen Vertrag.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Angelegt:</translation>
        </message>
        <message>
            <source>Could not load leads: %1</source>
            <translation>Leads konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>more load as you scroll</source>
            <translation>weitere laden beim Blättern</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>no leads in this period</source>
            <translation>keine Leads in diesem Zeitraum</translation>
        </message>
        <message>
            <source>all loaded</source>
            <translation>alle geladen</translation>
        </message>
        <message>
            <source>%1 of %2 loaded leads shown</source>
            <translation>%1 von %2 geladenen Leads angezeigt</translation>
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n Lead</numerusform>
                <numerusform>%n Leads</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>New lead</source>
            <translation>Neuer Lead</translation>
        </message>
        <message>
            <source>All leads</source>
            <translation>Alle Leads</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
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
        <name>LinkBox</name>
        <message>
            <source>The prospect opens this link and only adds their payment details</source>
            <translation>Der Interessent öffnet diesen Link und ergänzt nur noch seine Zahlungsdaten</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the checkout link to the clipboard</source>
            <translation>Den Checkout-Link in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open the checkout in the web browser</source>
            <translation>Den Checkout im Webbrowser öffnen</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Opening %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <source>There is no %1 with the id %2.</source>
            <translation>Nicht gefunden: %1 mit der ID %2.</translation>
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
            <source>Flaky network</source>
            <translation>Instabiles Netz</translation>
        </message>
        <message>
            <source>The sandbox answers slowly, with errors, "too many requests" and dropped connections, to watch the app cope</source>
            <translation>Die Sandbox antwortet langsam, mit Fehlern, „zu vielen Anfragen“ und abgebrochenen Verbindungen – so lässt sich zusehen, wie die App damit umgeht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Nomos documentation</source>
            <translation>Nomos-Dokumentation</translation>
        </message>
        <message>
            <source>Copy diagnostic info</source>
            <translation>Diagnoseinformationen kopieren</translation>
        </message>
        <message>
            <source>Versions, system, connection (without secrets) and recent errors with their request ids, for a support ticket</source>
            <translation>Versionen, System, Verbindung (ohne Secrets) und letzte Fehler mit ihren Request-IDs, für ein Support-Ticket</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
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
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Clear a value to remove its key. Values are saved as text; untouched ones keep their type.</source>
            <translation>Einen Wert leeren entfernt seinen Schlüssel. Werte werden als Text gespeichert; unveränderte behalten ihren Typ.</translation>
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
        <name>Network</name>
        <message>
            <source>Enter the proxy as http://host:port (or https://host:port).</source>
            <translation>Geben Sie den Proxy als http://host:port (oder https://host:port) ein.</translation>
        </message>
        <message>
            <source>The proxy's port is not a number.</source>
            <translation>Der Port des Proxys ist keine Zahl.</translation>
        </message>
        <message>
            <source>Leave the user name and password out: the settings file is no place for them. Ask IT for a proxy that needs none, or use the system proxy.</source>
            <translation>Lassen Sie Benutzername und Passwort weg: Sie gehören nicht in die Einstellungsdatei. Fragen Sie die IT nach einem Proxy ohne Anmeldung, oder nutzen Sie den System-Proxy.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Die Datei %1 gibt es nicht.</translation>
        </message>
        <message>
            <source>%1 holds no certificates in PEM format.</source>
            <translation>%1 enthält keine Zertifikate im PEM-Format.</translation>
        </message>
        <message>
            <source>The CA bundle cannot be used: %1</source>
            <translation>Die CA-Zertifikate können nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>The proxy setting cannot be used: %1</source>
            <translation>Die Proxy-Einstellung kann nicht verwendet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>NewLead</name>
        <message>
            <source>Create lead</source>
            <translation>Lead anlegen</translation>
        </message>
        <message>
            <source>Send the lead to Nomos and get the checkout link (Ctrl+Enter)</source>
            <translation>Den Lead an Nomos senden und den Checkout-Link erhalten (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Ask Nomos whether the last lead arrived</source>
            <translation>Bei Nomos nachsehen, ob der letzte Lead angekommen ist</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>Neuer Lead</translation>
        </message>
        <message>
            <source>Empty the form for the next lead (plan and “created by” stay)</source>
            <translation>Das Formular für den nächsten Lead leeren (Tarif und „Angelegt von“ bleiben)</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Lead öffnen</translation>
        </message>
        <message>
            <source>Checkout link</source>
            <translation>Checkout-Link</translation>
        </message>
        <message>
            <source>Creating a lead</source>
            <translation>Lead anlegen</translation>
        </message>
        <message>
            <source>Could not load the plans: %1 (F5 tries again)</source>
            <translation>Die Tarife konnten nicht geladen werden: %1 (F5 versucht es erneut)</translation>
        </message>
        <message>
            <source>Choose a plan to see the price.</source>
            <translation>Für den Preis einen Tarif wählen.</translation>
        </message>
        <message>
            <source>Enter the 5-digit zip code to see the price.</source>
            <translation>Für den Preis die fünfstellige Postleitzahl eingeben.</translation>
        </message>
        <message>
            <source>Enter the yearly usage (at least 100 kWh) to see the price.</source>
            <translation>Für den Preis den Jahresverbrauch eingeben (mindestens 100 kWh).</translation>
        </message>
        <message>
            <source>Nomos quotes up to %1 kWh a year; the lead can still be created.</source>
            <translation>Nomos berechnet Preise bis %1 kWh im Jahr; der Lead lässt sich trotzdem anlegen.</translation>
        </message>
        <message>
            <source>The lead is on its way to Nomos.</source>
            <translation>Der Lead ist auf dem Weg zu Nomos.</translation>
        </message>
        <message>
            <source>Looking whether the last lead arrived…</source>
            <translation>Es wird geprüft, ob der letzte Lead angekommen ist …</translation>
        </message>
        <message>
            <source>This lead has been created. “New lead” empties the form for the next one.</source>
            <translation>Dieser Lead ist angelegt. „Neuer Lead“ leert das Formular für den nächsten.</translation>
        </message>
        <message>
            <source>First find out whether the last lead arrived (Check again).</source>
            <translation>Zuerst klären, ob der letzte Lead angekommen ist (Erneut prüfen).</translation>
        </message>
        <message>
            <source>Leads for feed-in plans need API version %1; this profile uses %2.</source>
            <translation>Leads für Einspeisetarife brauchen die API-Version %1; dieses Profil nutzt %2.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Read-only sign-in: creating leads needs a profile with write access (write:*).</source>
            <translation>Nur-Lese-Anmeldung: Leads anlegen braucht ein Profil mit Schreibrecht (write:*).</translation>
        </message>
        <message>
            <source>Sending the lead to Nomos…</source>
            <translation>Der Lead wird an Nomos gesendet …</translation>
        </message>
        <message>
            <source>No answer from Nomos. Looking for the lead among the newest leads (look %1)…</source>
            <translation>Keine Antwort von Nomos. Der Lead wird unter den neuesten Leads gesucht (Suche %1) …</translation>
        </message>
        <message>
            <source>Looking for the lead</source>
            <translation>Lead suchen</translation>
        </message>
        <message>
            <source>The IBAN is never saved with the draft: ask for it again.</source>
            <translation>Die IBAN wird nie mit dem Entwurf gespeichert: bitte erneut erfragen.</translation>
        </message>
        <message>
            <source>The app closed before the last lead's answer arrived. Looking for it…</source>
            <translation>Die App wurde geschlossen, bevor die Antwort zum letzten Lead kam. Er wird gesucht …</translation>
        </message>
        <message numerus="yes">
            <source>%n input(s) need a look before the lead can be sent.</source>
            <translation>
                <numerusform>%n Eingabe muss noch geprüft werden, bevor der Lead gesendet werden kann.</numerusform>
                <numerusform>%n Eingaben müssen noch geprüft werden, bevor der Lead gesendet werden kann.</numerusform>
            </translation>
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
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Meter orders</source>
            <translation>Zählerbestellungen</translation>
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
        <name>PriceGlance</name>
        <message>
            <source>ct/kWh</source>
            <translation>ct/kWh</translation>
        </message>
        <message>
            <source>Green: the three best-paid hours of a day; red: the three lowest-paid.</source>
            <translation>Grün: die drei am besten vergüteten Stunden eines Tages; rot: die drei am schlechtesten vergüteten.</translation>
        </message>
        <message>
            <source>Green: the three cheapest hours of a day; red: the three dearest.</source>
            <translation>Grün: die drei günstigsten Stunden eines Tages; rot: die drei teuersten.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <source>%1: prices are published in the early afternoon, once the day-ahead auction has cleared.</source>
            <translation>%1: Die Preise erscheinen am frühen Nachmittag, sobald die Day-Ahead-Auktion abgeschlossen ist.</translation>
        </message>
        <message>
            <source>%1: no prices from Nomos.</source>
            <translation>%1: keine Preise von Nomos.</translation>
        </message>
        <message>
            <source>%1–%2 (%3)</source>
            <translation>%1–%2 (%3)</translation>
        </message>
        <message>
            <source>%1: best paid %2, lowest %3</source>
            <translation>%1: am besten vergütet %2, am niedrigsten %3</translation>
        </message>
        <message>
            <source>%1: cheapest %2, dearest %3</source>
            <translation>%1: am günstigsten %2, am teuersten %3</translation>
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
        <name>QuotePanel</name>
        <message>
            <source>Live quote</source>
            <translation>Preis live</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Bestandteil</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keins</translation>
        </message>
        <message>
            <source>A grid fee reduction for a controllable device (heat pump, wallbox); consumption plans only</source>
            <translation>Netzentgeltreduzierung für eine steuerbare Verbrauchseinrichtung (Wärmepumpe, Wallbox); nur für Bezugstarife</translation>
        </message>
        <message>
            <source>Tax-exempt (§19 UStG)</source>
            <translation>Steuerbefreit (§19 UStG)</translation>
        </message>
        <message>
            <source>A small business exempt from VAT: feed-in payouts are quoted without VAT</source>
            <translation>Kleinunternehmer ohne Umsatzsteuer: Einspeisevergütungen werden ohne USt. berechnet</translation>
        </message>
        <message>
            <source>§14a EnWG:</source>
            <translation>§14a EnWG:</translation>
        </message>
        <message>
            <source>Choose a plan to see the price.</source>
            <translation>Für den Preis einen Tarif wählen.</translation>
        </message>
        <message>
            <source>Updating the quote…</source>
            <translation>Preis wird aktualisiert …</translation>
        </message>
        <message>
            <source>No quote: %1</source>
            <translation>Kein Preis: %1</translation>
        </message>
        <message>
            <source>Payout per month after the base fee, without VAT</source>
            <translation>Auszahlung pro Monat nach Grundgebühr, ohne USt.</translation>
        </message>
        <message>
            <source>Payout per month after the base fee, incl. VAT</source>
            <translation>Auszahlung pro Monat nach Grundgebühr, inkl. USt.</translation>
        </message>
        <message>
            <source>Per month, incl. VAT, for %1 a year</source>
            <translation>Pro Monat, inkl. USt., bei %1 im Jahr</translation>
        </message>
        <message>
            <source>Includes a discount “%1” of %2 a month</source>
            <translation>Enthält den Rabatt „%1“ von %2 im Monat</translation>
        </message>
        <message>
            <source>Quoted at %1 by Nomos.</source>
            <translation>Von Nomos berechnet am %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReadingSubmit</name>
        <message>
            <source>The answer got lost, but Nomos has the reading: it was saved.</source>
            <translation>Die Antwort ging verloren, aber Nomos hat den Zählerstand: Er wurde gespeichert.</translation>
        </message>
        <message>
            <source>The reading was sent but no answer came back, and looking for it failed too. It may have been saved: check again before sending it a second time.</source>
            <translation>Der Zählerstand wurde gesendet, aber keine Antwort kam zurück, und auch die Nachfrage schlug fehl. Er ist vielleicht gespeichert: Bitte erneut prüfen, bevor Sie ihn ein zweites Mal senden.</translation>
        </message>
        <message>
            <source>The reading was sent but no answer came back. Nomos does not have it, so it was not saved. You can send it again.</source>
            <translation>Der Zählerstand wurde gesendet, aber keine Antwort kam zurück. Nomos hat ihn nicht, er wurde also nicht gespeichert. Sie können ihn erneut senden.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>Diese Verbindung darf nur lesen; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Nomos finds this reading implausible: %1 Please check the number with the customer; it is kept below for correcting.</source>
            <translation>Nomos hält diesen Zählerstand für unplausibel: %1 Bitte die Zahl mit dem Kunden prüfen; sie bleibt unten zum Korrigieren stehen.</translation>
        </message>
        <message>
            <source>Reading saved.</source>
            <translation>Zählerstand gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ReadingsPanel</name>
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
            <source>Used since the one before</source>
            <translation>Verbrauch seit dem vorigen</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>No meter readings recorded yet.</source>
            <translation>Noch keine Zählerstände erfasst.</translation>
        </message>
        <message>
            <source>Submit a reading…</source>
            <translation>Zählerstand melden …</translation>
        </message>
        <message>
            <source>Enter a meter reading the customer reports</source>
            <translation>Einen Zählerstand eintragen, den der Kunde meldet</translation>
        </message>
        <message>
            <source>Submitting a meter reading</source>
            <translation>Zählerstand melden</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>z. B. %1</translation>
        </message>
        <message>
            <source>The meter's count in kWh, as on its display</source>
            <translation>Der Zählerstand in kWh, wie auf der Anzeige des Zählers</translation>
        </message>
        <message>
            <source>Send to Nomos</source>
            <translation>An Nomos senden</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Ask Nomos whether the reading arrived</source>
            <translation>Bei Nomos nachfragen, ob der Zählerstand angekommen ist</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Meter reading (kWh):</source>
            <translation>Zählerstand (kWh):</translation>
        </message>
        <message>
            <source>Read on:</source>
            <translation>Abgelesen am:</translation>
        </message>
        <message>
            <source>Showing the latest %1 of %2.</source>
            <translation>Die neuesten %1 von %2 werden gezeigt.</translation>
        </message>
        <message>
            <source>Loading the subscription…</source>
            <translation>Vertrag wird geladen …</translation>
        </message>
        <message>
            <source>Only analog consumption meters take readings by hand; a smart meter sends its own values.</source>
            <translation>Nur analoge Verbrauchszähler nehmen Zählerstände von Hand an; ein intelligentes Messsystem sendet seine Werte selbst.</translation>
        </message>
        <message>
            <source>The subscription has ended.</source>
            <translation>Der Vertrag ist beendet.</translation>
        </message>
        <message>
            <source>The reading is being sent.</source>
            <translation>Der Zählerstand wird gesendet.</translation>
        </message>
        <message>
            <source>First check whether the last reading arrived (Check again).</source>
            <translation>Erst prüfen, ob der letzte Zählerstand angekommen ist (Erneut prüfen).</translation>
        </message>
        <message>
            <source>Read-only sign-in: submitting readings needs a profile with write access (write:*).</source>
            <translation>Nur-Lese-Anmeldung: Zählerstände melden braucht ein Profil mit Schreibrecht (write:*).</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Bitte ausfüllen.</translation>
        </message>
        <message>
            <source>A meter reading is a positive number of kWh.</source>
            <translation>Ein Zählerstand ist eine positive Zahl in kWh.</translation>
        </message>
        <message>
            <source>Below the previous reading (%1): a meter only counts up.</source>
            <translation>Unter dem vorigen Zählerstand (%1): Ein Zähler zählt nur aufwärts.</translation>
        </message>
        <message>
            <source>Above the later reading (%1).</source>
            <translation>Über dem späteren Zählerstand (%1).</translation>
        </message>
        <message>
            <source>The day lies in the future.</source>
            <translation>Der Tag liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>Before supply began (%1).</source>
            <translation>Vor dem Lieferbeginn (%1).</translation>
        </message>
        <message>
            <source>After supply ended (%1).</source>
            <translation>Nach dem Lieferende (%1).</translation>
        </message>
        <message>
            <source>There is already a reading on this day.</source>
            <translation>Für diesen Tag gibt es schon einen Zählerstand.</translation>
        </message>
        <message>
            <source>Not a number: write it like %1.</source>
            <translation>Keine Zahl: bitte so schreiben: %1.</translation>
        </message>
        <message>
            <source>Sending the reading to Nomos…</source>
            <translation>Zählerstand wird an Nomos gesendet …</translation>
        </message>
        <message>
            <source>Checking for the reading</source>
            <translation>Nach dem Zählerstand sehen</translation>
        </message>
        <message>
            <source>Asking Nomos whether the reading arrived…</source>
            <translation>Nomos wird gefragt, ob der Zählerstand angekommen ist …</translation>
        </message>
        <message>
            <source>Please double-check this number.</source>
            <translation>Bitte diese Zahl noch einmal prüfen.</translation>
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
        <name>ReductionDialog</name>
        <message>
            <source>A flat reduction of the grid fees each year for a controllable device such as a heat pump or wallbox; no extra meter needed.</source>
            <translation>Eine pauschale jährliche Reduzierung der Netzentgelte für eine steuerbare Verbrauchseinrichtung wie Wärmepumpe oder Wallbox; kein eigener Zähler nötig.</translation>
        </message>
        <message>
            <source>A percentage reduction of the grid fee per kWh for a device with its own meter; instead of module 1.</source>
            <translation>Eine prozentuale Reduzierung des Arbeitspreises der Netzentgelte für eine Einrichtung mit eigenem Zähler; statt Modul 1.</translation>
        </message>
        <message>
            <source>Time-variable grid fees on top of module 1, cheaper in quiet hours; needs a smart meter (installed or ordered).</source>
            <translation>Zeitvariable Netzentgelte zusätzlich zu Modul 1, günstiger in verbrauchsarmen Stunden; braucht ein intelligentes Messsystem (eingebaut oder bestellt).</translation>
        </message>
        <message>
            <source>Nomos keeps the request and submits it to the grid operator once the contract is confirmed.</source>
            <translation>Nomos merkt den Antrag vor und reicht ihn beim Netzbetreiber ein, sobald der Vertrag bestätigt ist.</translation>
        </message>
        <message>
            <source>Nomos has submitted it to the grid operator.</source>
            <translation>Nomos hat ihn beim Netzbetreiber eingereicht.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>§14a EnWG grid fee reduction</source>
            <translation>Netzentgeltreduzierung nach §14a EnWG</translation>
        </message>
        <message>
            <source>Request…</source>
            <translation>Beantragen …</translation>
        </message>
        <message>
            <source>Contract %1 of %2. A controllable device (heat pump, wallbox, battery, air conditioning) pays lower grid fees in return for letting the grid operator dim it when the grid is under strain.</source>
            <translation>Vertrag %1 von %2. Eine steuerbare Verbrauchseinrichtung (Wärmepumpe, Wallbox, Batteriespeicher, Klimaanlage) zahlt geringere Netzentgelte und darf dafür vom Netzbetreiber gedimmt werden, wenn das Netz ausgelastet ist.</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>No module can be requested for this contract now.</source>
            <translation>Für diesen Vertrag kann derzeit kein Modul beantragt werden.</translation>
        </message>
        <message>
            <source>Status after the request: %1</source>
            <translation>Status nach dem Antrag: %1</translation>
        </message>
        <message>
            <source>Already in place (%1).</source>
            <translation>Besteht bereits (%1).</translation>
        </message>
        <message>
            <source>Not with module %1, which is in place.</source>
            <translation>Nicht zusammen mit Modul %1, das bereits besteht.</translation>
        </message>
        <message>
            <source>This contract has no smart meter, installed or ordered.</source>
            <translation>Dieser Vertrag hat kein intelligentes Messsystem, weder eingebaut noch bestellt.</translation>
        </message>
        <message>
            <source>Choose a module.</source>
            <translation>Bitte ein Modul wählen.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Request a §14a EnWG grid fee reduction for this contract?</source>
            <translation>Netzentgeltreduzierung nach §14a EnWG für diesen Vertrag beantragen?</translation>
        </message>
        <message>
            <source>Request reduction</source>
            <translation>Reduzierung beantragen</translation>
        </message>
        <message>
            <source>Requested. Status: %1</source>
            <translation>Beantragt. Status: %1</translation>
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
        <message>
            <source>No connection to Nomos. The sync goes on where it stopped as soon as it is back.</source>
            <translation>Keine Verbindung zu Nomos. Der Abgleich macht dort weiter, wo er stehen blieb, sobald sie wieder da ist.</translation>
        </message>
        <message>
            <source>Nomos has not answered for a while. The sync goes on where it stopped at %1.</source>
            <translation>Nomos antwortet seit einer Weile nicht. Der Abgleich macht um %1 dort weiter, wo er stehen blieb.</translation>
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
            <source>Usage &amp;&amp; prices</source>
            <translation>Verbrauch &amp;&amp; Preise</translation>
        </message>
        <message>
            <source>Today's and tomorrow's prices</source>
            <translation>Preise heute und morgen</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active.</source>
            <translation>Nomos liefert Preise nur, solange ein Vertrag aktiv ist.</translation>
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
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Checkout link</source>
            <translation>Checkout-Link</translation>
        </message>
        <message>
            <source>Nomos sent no link for this lead.</source>
            <translation>Nomos hat für diesen Lead keinen Link geliefert.</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Not converted yet: the prospect has not finished the checkout.</source>
            <translation>Noch nicht abgeschlossen: Der Interessent hat den Checkout noch nicht beendet.</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>This lead carries no metadata.</source>
            <translation>Dieser Lead hat keine Metadaten.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
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
        <message>
            <source>Flexible share of usage</source>
            <translation>Verschiebbarer Anteil des Verbrauchs</translation>
        </message>
        <message>
            <source>The part of a customer's usage that could run at another hour of the same day (washing, charging a car). The usage insights show what moving it into the day's cheapest hours would have saved.</source>
            <translation>Der Teil des Verbrauchs, der auch zu einer anderen Stunde desselben Tages laufen könnte (Waschen, Auto laden). Die Verbrauchsauswertung zeigt, was das Verschieben in die günstigsten Stunden des Tages gespart hätte.</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>System uses the operating system's proxy settings (and HTTPS_PROXY); the demo sandbox is always reached directly. Applies at the next sign-in.</source>
            <translation>System nutzt die Proxy-Einstellungen des Betriebssystems (und HTTPS_PROXY); die Demo-Sandbox wird immer direkt erreicht. Gilt ab der nächsten Anmeldung.</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>System-Proxy</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Kein Proxy</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Proxy URL</source>
            <translation>Proxy-URL</translation>
        </message>
        <message>
            <source>For a manual proxy, e.g. http://proxy.example.com:3128. No password here: it would be stored in a plain settings file.</source>
            <translation>Für einen manuellen Proxy, z. B. http://proxy.example.com:3128. Kein Passwort hier: Es stünde im Klartext in der Einstellungsdatei.</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>Where IT inspects TLS: a PEM file with your organisation's CA certificates, trusted in addition to the usual ones. Certificates are always checked. Applies at the next sign-in.</source>
            <translation>Wenn die IT TLS-Verbindungen prüft: eine PEM-Datei mit den CA-Zertifikaten Ihrer Organisation, zusätzlich zu den üblichen vertrauenswürdig. Zertifikate werden immer geprüft. Gilt ab der nächsten Anmeldung.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>System proxy now</source>
            <translation>System-Proxy derzeit</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 (for https)</source>
            <translation>%1 (für https)</translation>
        </message>
        <message>
            <source>none: connections go directly</source>
            <translation>keiner: Verbindungen gehen direkt</translation>
        </message>
        <message>
            <source>Copies of what Nomos sent, kept to save requests. Clearing them is safe: they are fetched again when needed. The search index, open tabs and settings stay.</source>
            <translation>Kopien dessen, was Nomos geschickt hat, aufbewahrt, um Anfragen zu sparen. Sie zu leeren ist unbedenklich: Sie werden bei Bedarf neu geladen. Suchindex, offene Tabs und Einstellungen bleiben.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Clear caches</source>
            <translation>Zwischenspeicher leeren</translation>
        </message>
        <message>
            <source>Cleared %1.</source>
            <translation>%1 freigegeben.</translation>
        </message>
        <message>
            <source>Signed in with</source>
            <translation>Angemeldet mit</translation>
        </message>
        <message>
            <source>%1 · client %2</source>
            <translation>%1 · Client %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Saved profiles</source>
            <translation>Gespeicherte Profile</translation>
        </message>
        <message>
            <source>Switch or edit profiles…</source>
            <translation>Profile wechseln oder bearbeiten …</translation>
        </message>
        <message>
            <source>Profiles are added, edited and deleted in the sign-in window; their secrets stay in the operating system's keyring.</source>
            <translation>Profile werden im Anmeldefenster angelegt, bearbeitet und gelöscht; ihre Secrets bleiben im Schlüsselbund des Betriebssystems.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
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
            <source>Network settings…</source>
            <translation>Netzwerkeinstellungen …</translation>
        </message>
        <message>
            <source>Proxy and CA certificates for this computer</source>
            <translation>Proxy und CA-Zertifikate für diesen Computer</translation>
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
            <source>Flaky on purpose</source>
            <translation>Absichtlich instabil</translation>
        </message>
        <message>
            <source>The network is deliberately flaky: the demo sandbox answers slowly and now and then with an error, "too many requests" or a dropped connection (Sandbox menu). The app retries and carries on.</source>
            <translation>Das Netz ist absichtlich instabil: Die Demo-Sandbox antwortet langsam und ab und zu mit einem Fehler, „zu vielen Anfragen“ oder einer abgebrochenen Verbindung (Menü Sandbox). Die App versucht es erneut und arbeitet weiter.</translation>
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
        <name>SubscriptionCare</name>
        <message>
            <source>Billing and payment…</source>
            <translation>Rechnungsanschrift und Zahlung …</translation>
        </message>
        <message>
            <source>Change the billing address, the SEPA direct debit or the metadata</source>
            <translation>Rechnungsanschrift, SEPA-Lastschrift oder Metadaten ändern</translation>
        </message>
        <message>
            <source>Changing billing and payment</source>
            <translation>Rechnungsanschrift und Zahlung ändern</translation>
        </message>
        <message>
            <source>Terminate…</source>
            <translation>Kündigen …</translation>
        </message>
        <message>
            <source>Ordinary termination, move-out or withdrawal</source>
            <translation>Ordentliche Kündigung, Umzug oder Widerruf</translation>
        </message>
        <message>
            <source>Terminating a contract</source>
            <translation>Vertrag kündigen</translation>
        </message>
        <message>
            <source>§14a reduction…</source>
            <translation>§14a beantragen …</translation>
        </message>
        <message>
            <source>Request a §14a EnWG grid fee reduction (module 1, 2 or 3)</source>
            <translation>Netzentgeltreduzierung nach §14a EnWG beantragen (Modul 1, 2 oder 3)</translation>
        </message>
        <message>
            <source>Requesting a §14a grid fee reduction</source>
            <translation>Netzentgeltreduzierung nach §14a beantragen</translation>
        </message>
        <message>
            <source>Nomos did not send this contract's customer.</source>
            <translation>Nomos hat den Kunden dieses Vertrags nicht mitgeschickt.</translation>
        </message>
        <message>
            <source>Feed-in contracts pay no grid fees: §14a reductions do not apply.</source>
            <translation>Einspeiseverträge zahlen keine Netzentgelte: Reduzierungen nach §14a gelten nicht.</translation>
        </message>
        <message>
            <source>The contract has ended.</source>
            <translation>Der Vertrag ist beendet.</translation>
        </message>
        <message>
            <source>The contract is already terminated: %1</source>
            <translation>Der Vertrag ist bereits gekündigt: %1</translation>
        </message>
        <message>
            <source>Billing and payment saved for %1.</source>
            <translation>Rechnungsanschrift und Zahlung für %1 gespeichert.</translation>
        </message>
        <message>
            <source>§14a grid fee reduction requested.</source>
            <translation>Netzentgeltreduzierung nach §14a beantragt.</translation>
        </message>
        <message>
            <source>Contract %1 terminated.</source>
            <translation>Vertrag %1 gekündigt.</translation>
        </message>
    </context>
    <context>
        <name>SupplierPicker</name>
        <message>
            <source>Type part of the name, then pick from the list</source>
            <translation>Teil des Namens tippen, dann aus der Liste wählen</translation>
        </message>
        <message>
            <source>Picked.</source>
            <translation>Gewählt.</translation>
        </message>
        <message>
            <source>Picked: %1</source>
            <translation>Gewählt: %1</translation>
        </message>
        <message>
            <source>Looking up suppliers…</source>
            <translation>Lieferanten werden gesucht …</translation>
        </message>
        <message>
            <source>No supplier's name contains “%1”.</source>
            <translation>Kein Lieferantenname enthält „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>%n supplier(s) found: pick one from the list.</source>
            <translation>
                <numerusform>%n Lieferant gefunden: bitte aus der Liste wählen.</numerusform>
                <numerusform>%n Lieferanten gefunden: bitte aus der Liste wählen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not look up suppliers: %1</source>
            <translation>Lieferanten konnten nicht gesucht werden: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Syncing the search index</source>
            <translation>Abgleich des Suchindex</translation>
        </message>
    </context>
    <context>
        <name>TerminationDialog</name>
        <message>
            <source>Terminate contract</source>
            <translation>Vertrag kündigen</translation>
        </message>
        <message>
            <source>Terminate…</source>
            <translation>Kündigen …</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Ordinary termination</source>
            <translation>Ordentliche Kündigung</translation>
        </message>
        <message>
            <source>The plan's cancellation period applies, or a later end the customer asks for.</source>
            <translation>Es gilt die Kündigungsfrist des Tarifs oder ein späteres Ende auf Wunsch des Kunden.</translation>
        </message>
        <message>
            <source>Move-out</source>
            <translation>Umzug</translation>
        </message>
        <message>
            <source>Special termination on moving out: the end date is required and has to leave the grid operator a few working days' notice.</source>
            <translation>Sonderkündigung wegen Auszugs: Das Vertragsende ist Pflicht und muss dem Netzbetreiber einige Werktage Vorlauf lassen.</translation>
        </message>
        <message>
            <source>Withdrawal (Widerruf)</source>
            <translation>Widerruf</translation>
        </message>
        <message>
            <source>Within 14 days of the contract confirmation. Nomos sets the end from the grid operator's notice, not before supply starts.</source>
            <translation>Innerhalb von 14 Tagen nach der Vertragsbestätigung. Nomos legt das Ende nach der Frist des Netzbetreibers fest, nicht vor Lieferbeginn.</translation>
        </message>
        <message>
            <source>End of the contract</source>
            <translation>Vertragsende</translation>
        </message>
        <message>
            <source>At the end of the plan's cancellation period (Nomos sets the date)</source>
            <translation>Zum Ende der Kündigungsfrist des Tarifs (Nomos legt das Datum fest)</translation>
        </message>
        <message>
            <source>On a chosen day:</source>
            <translation>Zu einem gewählten Tag:</translation>
        </message>
        <message>
            <source>Contract ends on (0:00):</source>
            <translation>Vertrag endet am (0:00 Uhr):</translation>
        </message>
        <message>
            <source>Supply has not started yet: a pending contract can only be withdrawn.</source>
            <translation>Die Belieferung hat noch nicht begonnen: Ein noch nicht belieferter Vertrag kann nur widerrufen werden.</translation>
        </message>
        <message>
            <source>Nomos sets the end from the plan's cancellation period; the result shows it.</source>
            <translation>Nomos legt das Ende nach der Kündigungsfrist des Tarifs fest; das Ergebnis zeigt es.</translation>
        </message>
        <message>
            <source>The grid operator needs a few working days' notice: the earliest end is usually %1.</source>
            <translation>Der Netzbetreiber braucht einige Werktage Vorlauf: Das früheste Ende ist meist der %1.</translation>
        </message>
        <message>
            <source>The contract was signed on %1; counted from then, the withdrawal period ends on %2.</source>
            <translation>Der Vertrag wurde am %1 abgeschlossen; von da an gerechnet endet die Widerrufsfrist am %2.</translation>
        </message>
        <message>
            <source>That has passed: Nomos refuses a withdrawal unless the contract was confirmed later.</source>
            <translation>Das ist vorbei: Nomos lehnt einen Widerruf ab, es sei denn, der Vertrag wurde später bestätigt.</translation>
        </message>
        <message>
            <source>%1 (meter %2)</source>
            <translation>%1 (Zähler %2)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Lieferanschrift</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Supply ends</source>
            <translation>Lieferende</translation>
        </message>
        <message>
            <source>%1 at 0:00 (Berlin time)</source>
            <translation>%1 um 0:00 Uhr (Berliner Zeit)</translation>
        </message>
        <message>
            <source>Last day of supply</source>
            <translation>Letzter Liefertag</translation>
        </message>
        <message>
            <source>at the end of the plan's cancellation period; Nomos sets the date</source>
            <translation>zum Ende der Kündigungsfrist des Tarifs; Nomos legt das Datum fest</translation>
        </message>
        <message>
            <source>as Nomos sets it from the grid operator's notice</source>
            <translation>wie Nomos es nach der Frist des Netzbetreibers festlegt</translation>
        </message>
        <message>
            <source>Terminate this contract?</source>
            <translation>Diesen Vertrag kündigen?</translation>
        </message>
        <message>
            <source>A termination cannot be taken back here.</source>
            <translation>Eine Kündigung lässt sich hier nicht zurücknehmen.</translation>
        </message>
        <message>
            <source>The contract is terminated. The end date shows in the contract.</source>
            <translation>Der Vertrag ist gekündigt. Das Vertragsende steht im Vertrag.</translation>
        </message>
        <message>
            <source>The contract is terminated. %1</source>
            <translation>Der Vertrag ist gekündigt. %1</translation>
        </message>
    </context>
    <context>
        <name>Usage</name>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 Minuten</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Frei wählen</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Grid fees</source>
            <translation>Netzentgelte</translation>
        </message>
        <message>
            <source>Taxes and levies</source>
            <translation>Steuern und Umlagen</translation>
        </message>
        <message>
            <source>Spot payout</source>
            <translation>Spotvergütung</translation>
        </message>
        <message>
            <source>Fed in</source>
            <translation>Eingespeist</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Verbrauch</translation>
        </message>
        <message>
            <source>Payout rate</source>
            <translation>Vergütungssatz</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>%1 ct/kWh</source>
            <translation>%1 ct/kWh</translation>
        </message>
        <message>
            <source>%1 (kWh)</source>
            <translation>%1 (kWh)</translation>
        </message>
        <message>
            <source>%1 (ct/kWh)</source>
            <translation>%1 (ct/kWh)</translation>
        </message>
        <message>
            <source>%1, final</source>
            <translation>%1, endgültig</translation>
        </message>
        <message>
            <source>From readings</source>
            <translation>Aus Zählerständen</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Geschätzt</translation>
        </message>
        <message>
            <source>%1, preliminary</source>
            <translation>%1, vorläufig</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Zählerstand</translation>
        </message>
        <message>
            <source>usage-weighted</source>
            <translation>verbrauchsgewichteter</translation>
        </message>
        <message>
            <source>time-weighted</source>
            <translation>zeitgewichteter</translation>
        </message>
        <message>
            <source>%1, %2 average</source>
            <translation>%1, %2 Mittelwert</translation>
        </message>
        <message>
            <source>%1 (estimate)</source>
            <translation>%1 (Schätzung)</translation>
        </message>
        <message>
            <source>%1 (preliminary)</source>
            <translation>%1 (vorläufig)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no value</source>
            <translation>%1: kein Wert</translation>
        </message>
        <message>
            <source>%1 of %2 quarter hours without a value</source>
            <translation>%1 von %2 Viertelstunden ohne Wert</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>%1: not known</source>
            <translation>%1: nicht bekannt</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>etwa %1</translation>
        </message>
        <message>
            <source>Estimated reading on %1: %2</source>
            <translation>Geschätzter Zählerstand am %1: %2</translation>
        </message>
        <message>
            <source>Meter reading on %1: %2</source>
            <translation>Zählerstand am %1: %2</translation>
        </message>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>KW %1: %2 – %3</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Energy fed in</source>
            <translation>Eingespeiste Energie</translation>
        </message>
        <message>
            <source>Total usage</source>
            <translation>Verbrauch gesamt</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <source>Energy cost (usage × price)</source>
            <translation>Energiekosten (Verbrauch × Preis)</translation>
        </message>
        <message>
            <source>no prices known for this period</source>
            <translation>für diesen Zeitraum keine Preise bekannt</translation>
        </message>
        <message>
            <source>about %1 (at each month's average price)</source>
            <translation>etwa %1 (zum Durchschnittspreis des jeweiligen Monats)</translation>
        </message>
        <message>
            <source>%1 for the %2 with a price</source>
            <translation>%1 für die %2 mit Preis</translation>
        </message>
        <message>
            <source>Average spot payout</source>
            <translation>Durchschnittliche Spotvergütung</translation>
        </message>
        <message>
            <source>Average price (time-weighted)</source>
            <translation>Durchschnittspreis (zeitgewichtet)</translation>
        </message>
        <message>
            <source>Average payout received</source>
            <translation>Erhaltene Vergütung im Schnitt</translation>
        </message>
        <message>
            <source>Average price paid</source>
            <translation>Bezahlter Durchschnittspreis</translation>
        </message>
        <message>
            <source>Fed in during the best-paid hours</source>
            <translation>Eingespeist in den bestvergüteten Stunden</translation>
        </message>
        <message>
            <source>Used in cheap hours</source>
            <translation>Verbrauch in günstigen Stunden</translation>
        </message>
        <message>
            <source>%1 (%2) in each day's best-paid quarter of hours</source>
            <translation>%1 (%2) im bestvergüteten Viertel der Stunden jedes Tages</translation>
        </message>
        <message>
            <source>%1 (%2) in each day's cheapest quarter of hours</source>
            <translation>%1 (%2) im günstigsten Viertel der Stunden jedes Tages</translation>
        </message>
        <message>
            <source>needs a smart meter's quarter-hour values</source>
            <translation>braucht die Viertelstundenwerte eines intelligenten Messsystems</translation>
        </message>
        <message>
            <source>Saving by shifting %1</source>
            <translation>Ersparnis durch Verschieben von %1</translation>
        </message>
        <message>
            <source>%1, had that share of each day's usage run in its cheapest hours</source>
            <translation>%1, wäre dieser Anteil des täglichen Verbrauchs in den günstigsten Stunden gelaufen</translation>
        </message>
        <message>
            <source> — about the average</source>
            <translation> – etwa im Durchschnitt</translation>
        </message>
        <message>
            <source> — fed in at better-paid hours</source>
            <translation> – zu besser vergüteten Stunden eingespeist</translation>
        </message>
        <message>
            <source> — fed in at lower-paid hours</source>
            <translation> – zu schlechter vergüteten Stunden eingespeist</translation>
        </message>
        <message>
            <source> — usage leaned to cheaper hours</source>
            <translation> – Verbrauch eher in günstigen Stunden</translation>
        </message>
        <message>
            <source> — usage leaned to dearer hours</source>
            <translation> – Verbrauch eher in teuren Stunden</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>UTC offset</source>
            <translation>UTC-Versatz</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>%1, usage-weighted (ct/kWh)</source>
            <translation>%1, verbrauchsgewichtet (ct/kWh)</translation>
        </message>
        <message>
            <source>%1, time-weighted (ct/kWh)</source>
            <translation>%1, zeitgewichtet (ct/kWh)</translation>
        </message>
        <message>
            <source>%1 (EUR)</source>
            <translation>%1 (EUR)</translation>
        </message>
        <message>
            <source>final</source>
            <translation>endgültig</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>Schätzung</translation>
        </message>
        <message>
            <source>preliminary</source>
            <translation>vorläufig</translation>
        </message>
    </context>
    <context>
        <name>UsageSection</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation>Laden beenden; was angekommen ist, bleibt sichtbar</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Ask Nomos again for what is still missing</source>
            <translation>Nomos erneut nach dem fragen, was noch fehlt</translation>
        </message>
        <message>
            <source>Feed-in &amp;&amp; prices</source>
            <translation>Einspeisung &amp;&amp; Preise</translation>
        </message>
        <message>
            <source>⚠ Not everything arrived: %1</source>
            <translation>⚠ Nicht alles ist angekommen: %1</translation>
        </message>
        <message>
            <source>Loading from Nomos: %1 of %2 parts…</source>
            <translation>Laden von Nomos: %1 von %2 Teilen …</translation>
        </message>
        <message>
            <source>Loading stopped: %1 of %2 parts arrived.</source>
            <translation>Laden beendet: %1 von %2 Teilen sind angekommen.</translation>
        </message>
        <message>
            <source>Supply began on %1; there are no values before.</source>
            <translation>Die Belieferung begann am %1; davor gibt es keine Werte.</translation>
        </message>
        <message>
            <source>Yesterday's values arrive today from 16:00 (smart-meter values are published the day after).</source>
            <translation>Die Werte von gestern kommen heute ab 16:00 Uhr (Werte intelligenter Messsysteme erscheinen am Folgetag).</translation>
        </message>
        <message>
            <source>Today's values arrive tomorrow from 16:00.</source>
            <translation>Die Werte von heute kommen morgen ab 16:00 Uhr.</translation>
        </message>
        <message numerus="yes">
            <source>No values from the metering operator yet for %n day(s); they can arrive late.</source>
            <translation>
                <numerusform>Noch keine Werte vom Messstellenbetreiber für %n Tag; sie können verspätet kommen.</numerusform>
                <numerusform>Noch keine Werte vom Messstellenbetreiber für %n Tage; sie können verspätet kommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hatched values are estimates of Nomos until the meter is read.</source>
            <translation>Schraffierte Werte sind Schätzungen von Nomos, bis der Zähler abgelesen wird.</translation>
        </message>
        <message>
            <source>Hatched values are preliminary: the metering operator may still correct them until the 8th working day of the next month.</source>
            <translation>Schraffierte Werte sind vorläufig: Der Messstellenbetreiber kann sie bis zum 8. Werktag des Folgemonats noch korrigieren.</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active.</source>
            <translation>Nomos liefert Preise nur, solange ein Vertrag aktiv ist.</translation>
        </message>
        <message>
            <source>Tomorrow's prices are published in the early afternoon.</source>
            <translation>Die Preise für morgen erscheinen am frühen Nachmittag.</translation>
        </message>
        <message>
            <source>Saving the chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>Saving the values</source>
            <translation>Werte speichern</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Save the values</source>
            <translation>Werte speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Gespeichert: %1</translation>
        </message>
    </context>
</TS>
