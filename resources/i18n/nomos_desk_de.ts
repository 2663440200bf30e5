<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Banner</name>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy message, error code and request id for a support ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request id %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContractCard</name>
        <message>
            <source>%1 per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminated on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated feed-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billing address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market location (MaLo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metering location (MeLo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IBAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscription id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerCard</name>
        <message>
            <source>Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer with all their subscriptions, in a tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other subscriptions: none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n other subscription(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open another subscription…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerFacts</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not included in the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerSubscriptions</name>
        <message>
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click or press Enter to open the subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a row (or select it and press Enter) to open it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerTab</name>
        <message>
            <source>%1 · customer since %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormCard</name>
        <message>
            <source>%1:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jump</name>
        <message>
            <source>Opened customer %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 belongs to this subscription.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The app cannot show %1 records in a tab of their own yet (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeterOrderPanel</name>
        <message>
            <source>this subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subscription %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meter %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No smart meter has been ordered for this subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order smart meter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask Nomos to have an intelligent metering system (iMSys) installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask Nomos whether the order exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed-in subscriptions start with a smart meter already installed; there is nothing to order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The subscription has ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This subscription's plan has no smart-meter product: Nomos refused an order on it on %1 (subscription %2). Ask Nomos support to enable one for the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the subscription…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nomos has the order: the last attempt went through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nomos has no order for this subscription, so the last attempt was not placed. You can send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metering operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since %1: %2 — needs a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This subscription already has a smart-meter order; Nomos allows only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First check whether the last order went through (Check again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only sign-in: ordering needs a profile with write access (write:*).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meter on record is already a smart meter: Nomos cancels an order for it as pre-existing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order a smart meter for %1?

Nomos passes the order to the metering operator, who contacts the customer about installation. A subscription can have only one order, ever.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order smart meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order is being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending the order to Nomos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking Nomos whether the order exists…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ordering</name>
        <message>
            <source>This subscription's plan has no smart-meter product, so Nomos cannot take a smart-meter order for it. Ask Nomos support to enable one for the plan first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed-in subscriptions already need a smart meter before they start, so there is nothing to order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The subscription has ended; a smart meter can no longer be ordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nomos refused the order: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order was sent but no answer came back, and checking for it failed too. It may exist. Check again before sending it a second time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer got lost, but Nomos has the order: it went through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order was sent but no answer came back. Nomos has no order for this subscription, so it was not placed. You can send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This subscription already has a smart-meter order (Nomos allows only one). Here it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nomos says an order already exists but it could not be listed. Check again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smart meter ordered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadingsTable</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the latest %1 of %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load this record again from Nomos (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating the search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meter order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReductionsTable</name>
        <message>
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScopeGate</name>
        <message>
            <source>order a smart meter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(customer not yet indexed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched after correcting a likely typo.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln similar name(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more result(s) after correcting a likely typo, folded because the exact matches are plenty. Enter or a double click lists them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SearchText</name>
        <message>
            <source>Meter number %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MaLo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MeLo %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln results, showing the best %Ln</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln similar name(s) folded into the last row (Enter shows them)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln after correcting a likely typo, in italics)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Fetching addresses and meters: %1 of %Ln subscription(s). Searching works meanwhile.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, email, street, zip, meter number, MaLo, subscription number — or paste an id (cus_, sub_…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index not synced yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type at least two characters to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching the local index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep typing: one character matches too much.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in the index matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The index is still being built; it may turn up later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up %1 %2 in Nomos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no %1 with the id %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened %1 %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Last sync %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: %1 — F5 tries again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync cancelled; searching what is indexed so far. F5 continues.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Could not load this part. %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This customer has no subscription yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smart-meter order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>§14a EnWG grid fee reductions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No §14a grid fee reductions for this subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meter readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meter readings recorded yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Not refreshed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · client %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X-API-Version sent with every request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read &amp; write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token scopes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token scopes: %1. Write actions are disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection to Nomos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last refresh %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data last arrived from Nomos at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
