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
