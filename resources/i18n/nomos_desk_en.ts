<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AppController</name>
        <message>
            <source>Changing the connection</source>
            <translation>Changing the connection</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Please check</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Copy message, error code and request id for a support ticket</source>
            <translation>Copy message, error code and request id for a support ticket</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Request id %1</source>
            <translation>Request id %1</translation>
        </message>
    </context>
    <context>
        <name>ChartControls</name>
        <message>
            <source>How long a stretch of time the chart shows</source>
            <translation>How long a stretch of time the chart shows</translation>
        </message>
        <message>
            <source>The period before</source>
            <translation>The period before</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>The period that contains today</source>
            <translation>The period that contains today</translation>
        </message>
        <message>
            <source>The period after</source>
            <translation>The period after</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>How much time one bar stands for; Auto picks by the length of the period</source>
            <translation>How much time one bar stands for; Auto picks by the length of the period</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Bars</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Price weighted by usage</source>
            <translation>Price weighted by usage</translation>
        </message>
        <message>
            <source>Price weighted by time</source>
            <translation>Price weighted by time</translation>
        </message>
        <message>
            <source>How the price of an hour, day, week or month is averaged: by usage (what the customer paid per kWh) or by time (the tariff's average)</source>
            <translation>How the price of an hour, day, week or month is averaged: by usage (what the customer paid per kWh) or by time (the tariff's average)</translation>
        </message>
        <message>
            <source>Price components</source>
            <translation>Price components</translation>
        </message>
        <message>
            <source>Show the price stacked as electricity, grid fees and taxes and levies</source>
            <translation>Show the price stacked as electricity, grid fees and taxes and levies</translation>
        </message>
        <message>
            <source>Save picture…</source>
            <translation>Save picture…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG picture</source>
            <translation>Save the chart as a PNG picture</translation>
        </message>
        <message>
            <source>Save CSV…</source>
            <translation>Save CSV…</translation>
        </message>
        <message>
            <source>Save the values as a CSV file for a spreadsheet</source>
            <translation>Save the values as a CSV file for a spreadsheet</translation>
        </message>
        <message>
            <source>An analog meter has monthly values only</source>
            <translation>An analog meter has monthly values only</translation>
        </message>
    </context>
    <context>
        <name>ContractCard</name>
        <message>
            <source>%1 per year</source>
            <translation>%1 per year</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Supply start</source>
            <translation>Supply start</translation>
        </message>
        <message>
            <source>Contract end</source>
            <translation>Contract end</translation>
        </message>
        <message>
            <source>Terminated on</source>
            <translation>Terminated on</translation>
        </message>
        <message>
            <source>Estimated feed-in</source>
            <translation>Estimated feed-in</translation>
        </message>
        <message>
            <source>Estimated usage</source>
            <translation>Estimated usage</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Billing address</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Meter number</translation>
        </message>
        <message>
            <source>Market location (MaLo)</source>
            <translation>Market location (MaLo)</translation>
        </message>
        <message>
            <source>Metering location (MeLo)</source>
            <translation>Metering location (MeLo)</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Account holder</translation>
        </message>
        <message>
            <source>Previous supplier</source>
            <translation>Previous supplier</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>none given</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Subscription id</translation>
        </message>
    </context>
    <context>
        <name>CustomerCard</name>
        <message>
            <source>Open customer</source>
            <translation>Open customer</translation>
        </message>
        <message>
            <source>The customer with all their subscriptions, in a tab</source>
            <translation>The customer with all their subscriptions, in a tab</translation>
        </message>
        <message>
            <source>Other subscriptions: none</source>
            <translation>Other subscriptions: none</translation>
        </message>
        <message numerus="yes">
            <source>%n other subscription(s):</source>
            <translation>
                <numerusform>%n other subscription:</numerusform>
                <numerusform>%n other subscriptions:</numerusform>
            </translation>
        </message>
        <message>
            <source>Open another subscription…</source>
            <translation>Open another subscription…</translation>
        </message>
    </context>
    <context>
        <name>CustomerFacts</name>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>not included in the answer</source>
            <translation>not included in the answer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>VAT id</source>
            <translation>VAT id</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Customer since</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Customer id</translation>
        </message>
    </context>
    <context>
        <name>CustomerSubscriptions</name>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the subscription</source>
            <translation>Double-click or press Enter to open the subscription</translation>
        </message>
        <message>
            <source>Double-click a row (or select it and press Enter) to open it.</source>
            <translation>Double-click a row (or select it and press Enter) to open it.</translation>
        </message>
    </context>
    <context>
        <name>CustomerTab</name>
        <message>
            <source>%1 · customer since %2</source>
            <translation>%1 · customer since %2</translation>
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
            <translation>Nomos is slow to answer: no reply within the time limit. The connection itself works; try again in a moment.</translation>
        </message>
        <message>
            <source>No connection to Nomos. Reads resume by themselves when it is back; nothing you typed is lost.</source>
            <translation>No connection to Nomos. Reads resume by themselves when it is back; nothing you typed is lost.</translation>
        </message>
        <message>
            <source>the connection broke while saving, so it is unknown whether Nomos applied the change. Refresh and check before trying again.</source>
            <translation>the connection broke while saving, so it is unknown whether Nomos applied the change. Refresh and check before trying again.</translation>
        </message>
        <message>
            <source>this connection may not change data (its token lacks %1). Nothing was sent.</source>
            <translation>this connection may not change data (its token lacks %1). Nothing was sent.</translation>
        </message>
        <message>
            <source>Please check the reading: %1</source>
            <translation>Please check the reading: %1</translation>
        </message>
        <message>
            <source>unexpected problem (%1)</source>
            <translation>unexpected problem (%1)</translation>
        </message>
        <message>
            <source>Nomos did not accept the credentials</source>
            <translation>Nomos did not accept the credentials</translation>
        </message>
        <message>
            <source>This connection may not do that</source>
            <translation>This connection may not do that</translation>
        </message>
        <message>
            <source>Nomos does not know this record</source>
            <translation>Nomos does not know this record</translation>
        </message>
        <message>
            <source>Nomos refused because of the current state</source>
            <translation>Nomos refused because of the current state</translation>
        </message>
        <message>
            <source>Too many requests right now, try again shortly</source>
            <translation>Too many requests right now, try again shortly</translation>
        </message>
        <message>
            <source>Nomos had an internal problem</source>
            <translation>Nomos had an internal problem</translation>
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
            <translation>Opened customer %1.</translation>
        </message>
        <message>
            <source>%1 %2 belongs to this subscription.</source>
            <translation>%1 %2 belongs to this subscription.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Pending (not yet supplied)</source>
            <translation>Pending (not yet supplied)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Consumption</source>
            <translation>Consumption</translation>
        </message>
        <message>
            <source>Feed-in</source>
            <translation>Feed-in</translation>
        </message>
        <message>
            <source>Smart meter (iMSys)</source>
            <translation>Smart meter (iMSys)</translation>
        </message>
        <message>
            <source>Analog meter</source>
            <translation>Analog meter</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>SEPA direct debit</source>
            <translation>SEPA direct debit</translation>
        </message>
        <message>
            <source>the smart-meter site check has not been done</source>
            <translation>the smart-meter site check has not been done</translation>
        </message>
        <message>
            <source>the grid operator registration is pending</source>
            <translation>the grid operator registration is pending</translation>
        </message>
        <message>
            <source>a smart meter was already installed</source>
            <translation>a smart meter was already installed</translation>
        </message>
        <message>
            <source>cancelled on request</source>
            <translation>cancelled on request</translation>
        </message>
        <message>
            <source>§14a EnWG Module 1 (flat reduction)</source>
            <translation>§14a EnWG Module 1 (flat reduction)</translation>
        </message>
        <message>
            <source>§14a EnWG Module 2 (separate meter)</source>
            <translation>§14a EnWG Module 2 (separate meter)</translation>
        </message>
        <message>
            <source>§14a EnWG Module 3 (time-variable)</source>
            <translation>§14a EnWG Module 3 (time-variable)</translation>
        </message>
        <message>
            <source>Intended</source>
            <translation>Intended</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Activated</translation>
        </message>
        <message>
            <source>Customer report</source>
            <translation>Customer report</translation>
        </message>
        <message>
            <source>Grid operator reading</source>
            <translation>Grid operator reading</translation>
        </message>
        <message>
            <source>Grid operator estimate</source>
            <translation>Grid operator estimate</translation>
        </message>
        <message>
            <source>%1 (unreadable date)</source>
            <translation>%1 (unreadable date)</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Ended %1</translation>
        </message>
        <message>
            <source>%1 · terminated</source>
            <translation>%1 · terminated</translation>
        </message>
        <message>
            <source>%1 · terminated, ends %2</source>
            <translation>%1 · terminated, ends %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Demo data from a local sandbox server: nothing here is real</source>
            <translation>Demo data from a local sandbox server: nothing here is real</translation>
        </message>
        <message>
            <source>Nomos Desk — %1</source>
            <translation>Nomos Desk — %1</translation>
        </message>
        <message>
            <source>Nomos Desk — %1 (read-only)</source>
            <translation>Nomos Desk — %1 (read-only)</translation>
        </message>
        <message numerus="yes">
            <source>Open records (%n)</source>
            <translation>
                <numerusform>Open records (%n)</numerusform>
                <numerusform>Open records (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The app cannot show %1 records in a tab of their own yet (%2).</source>
            <translation>The app cannot show %1 records in a tab of their own yet (%2).</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Refreshing…</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <source>Connection to Nomos is back</source>
            <translation>Connection to Nomos is back</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Switch profile…</source>
            <translation>Switch profile…</translation>
        </message>
        <message>
            <source>Sign out…</source>
            <translation>Sign out…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Close tab</source>
            <translation>Close tab</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Next tab</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Previous tab</translation>
        </message>
        <message>
            <source>&amp;Sandbox</source>
            <translation>&amp;Sandbox</translation>
        </message>
        <message>
            <source>Reconnect as read-only client (sandbox-ro)</source>
            <translation>Reconnect as read-only client (sandbox-ro)</translation>
        </message>
        <message>
            <source>Reconnect with full access (sandbox-rw)</source>
            <translation>Reconnect with full access (sandbox-rw)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>About Nomos Desk</source>
            <translation>About Nomos Desk</translation>
        </message>
        <message>
            <source>Sign out and delete this profile's local data (search index, caches, open tabs)? The profile and its secret stay.</source>
            <translation>Sign out and delete this profile's local data (search index, caches, open tabs)? The profile and its secret stay.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Nomos Desk %1
Back-office desktop tool for energy brands on Nomos.</source>
            <translation>Nomos Desk %1
Back-office desktop tool for energy brands on Nomos.</translation>
        </message>
    </context>
    <context>
        <name>MeterOrderPanel</name>
        <message>
            <source>this subscription</source>
            <translation>this subscription</translation>
        </message>
        <message>
            <source>subscription %1</source>
            <translation>subscription %1</translation>
        </message>
        <message>
            <source>meter %1</source>
            <translation>meter %1</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>at %1</translation>
        </message>
        <message>
            <source>No smart meter has been ordered for this subscription.</source>
            <translation>No smart meter has been ordered for this subscription.</translation>
        </message>
        <message>
            <source>Order smart meter…</source>
            <translation>Order smart meter…</translation>
        </message>
        <message>
            <source>Ask Nomos to have an intelligent metering system (iMSys) installed</source>
            <translation>Ask Nomos to have an intelligent metering system (iMSys) installed</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask Nomos whether the order exists</source>
            <translation>Ask Nomos whether the order exists</translation>
        </message>
        <message>
            <source>Ordering a smart meter</source>
            <translation>Ordering a smart meter</translation>
        </message>
        <message>
            <source>Feed-in subscriptions start with a smart meter already installed; there is nothing to order.</source>
            <translation>Feed-in subscriptions start with a smart meter already installed; there is nothing to order.</translation>
        </message>
        <message>
            <source>The subscription has ended.</source>
            <translation>The subscription has ended.</translation>
        </message>
        <message>
            <source>This subscription's plan has no smart-meter product: Nomos refused an order on it on %1 (subscription %2). Ask Nomos support to enable one for the plan.</source>
            <translation>This subscription's plan has no smart-meter product: Nomos refused an order on it on %1 (subscription %2). Ask Nomos support to enable one for the plan.</translation>
        </message>
        <message>
            <source>Loading the subscription…</source>
            <translation>Loading the subscription…</translation>
        </message>
        <message>
            <source>Nomos has the order: the last attempt went through.</source>
            <translation>Nomos has the order: the last attempt went through.</translation>
        </message>
        <message>
            <source>Nomos has no order for this subscription, so the last attempt was not placed. You can send it again.</source>
            <translation>Nomos has no order for this subscription, so the last attempt was not placed. You can send it again.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Metering operator</source>
            <translation>Metering operator</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Activated</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <source>since %1: %2 — needs a person</source>
            <translation>since %1: %2 — needs a person</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Order id</translation>
        </message>
        <message>
            <source>This subscription already has a smart-meter order; Nomos allows only one.</source>
            <translation>This subscription already has a smart-meter order; Nomos allows only one.</translation>
        </message>
        <message>
            <source>First check whether the last order went through (Check again).</source>
            <translation>First check whether the last order went through (Check again).</translation>
        </message>
        <message>
            <source>Read-only sign-in: ordering needs a profile with write access (write:*).</source>
            <translation>Read-only sign-in: ordering needs a profile with write access (write:*).</translation>
        </message>
        <message>
            <source>The meter on record is already a smart meter: Nomos cancels an order for it as pre-existing.</source>
            <translation>The meter on record is already a smart meter: Nomos cancels an order for it as pre-existing.</translation>
        </message>
        <message>
            <source>Checking for a smart-meter order</source>
            <translation>Checking for a smart-meter order</translation>
        </message>
        <message>
            <source>Order a smart meter for %1?

Nomos passes the order to the metering operator, who contacts the customer about installation. A subscription can have only one order, ever.</source>
            <translation>Order a smart meter for %1?

Nomos passes the order to the metering operator, who contacts the customer about installation. A subscription can have only one order, ever.</translation>
        </message>
        <message>
            <source>Order smart meter</source>
            <translation>Order smart meter</translation>
        </message>
        <message>
            <source>The order is being sent.</source>
            <translation>The order is being sent.</translation>
        </message>
        <message>
            <source>Sending the order to Nomos…</source>
            <translation>Sending the order to Nomos…</translation>
        </message>
        <message>
            <source>Asking Nomos whether the order exists…</source>
            <translation>Asking Nomos whether the order exists…</translation>
        </message>
    </context>
    <context>
        <name>MeterOrderStatus</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Placed with the metering operator</source>
            <translation>Placed with the metering operator</translation>
        </message>
        <message>
            <source>Check submitted</source>
            <translation>Check submitted</translation>
        </message>
        <message>
            <source>Check reviewed</source>
            <translation>Check reviewed</translation>
        </message>
        <message>
            <source>Installation scheduled</source>
            <translation>Installation scheduled</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Activated</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Collecting metering details</source>
            <translation>Collecting metering details</translation>
        </message>
        <message>
            <source>Intended at checkout</source>
            <translation>Intended at checkout</translation>
        </message>
        <message>
            <source>Ordered from the metering operator</source>
            <translation>Ordered from the metering operator</translation>
        </message>
        <message>
            <source>Checked by the metering operator</source>
            <translation>Checked by the metering operator</translation>
        </message>
        <message>
            <source>Planning installation</source>
            <translation>Planning installation</translation>
        </message>
        <message>
            <source>Waiting for installation</source>
            <translation>Waiting for installation</translation>
        </message>
        <message>
            <source>Installation finished</source>
            <translation>Installation finished</translation>
        </message>
        <message>
            <source>Meter already present</source>
            <translation>Meter already present</translation>
        </message>
        <message>
            <source>Blocked: manual review</source>
            <translation>Blocked: manual review</translation>
        </message>
        <message>
            <source>Blocked: waiting on the grid operator</source>
            <translation>Blocked: waiting on the grid operator</translation>
        </message>
    </context>
    <context>
        <name>Ordering</name>
        <message>
            <source>This subscription's plan has no smart-meter product, so Nomos cannot take a smart-meter order for it. Ask Nomos support to enable one for the plan first.</source>
            <translation>This subscription's plan has no smart-meter product, so Nomos cannot take a smart-meter order for it. Ask Nomos support to enable one for the plan first.</translation>
        </message>
        <message>
            <source>Feed-in subscriptions already need a smart meter before they start, so there is nothing to order.</source>
            <translation>Feed-in subscriptions already need a smart meter before they start, so there is nothing to order.</translation>
        </message>
        <message>
            <source>The subscription has ended; a smart meter can no longer be ordered.</source>
            <translation>The subscription has ended; a smart meter can no longer be ordered.</translation>
        </message>
        <message>
            <source>Nomos refused the order: %1</source>
            <translation>Nomos refused the order: %1</translation>
        </message>
        <message>
            <source>The order was sent but no answer came back, and checking for it failed too. It may exist. Check again before sending it a second time.</source>
            <translation>The order was sent but no answer came back, and checking for it failed too. It may exist. Check again before sending it a second time.</translation>
        </message>
        <message>
            <source>The answer got lost, but Nomos has the order: it went through.</source>
            <translation>The answer got lost, but Nomos has the order: it went through.</translation>
        </message>
        <message>
            <source>The order was sent but no answer came back. Nomos has no order for this subscription, so it was not placed. You can send it again.</source>
            <translation>The order was sent but no answer came back. Nomos has no order for this subscription, so it was not placed. You can send it again.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>This connection is read-only; nothing was sent.</translation>
        </message>
        <message>
            <source>This subscription already has a smart-meter order (Nomos allows only one). Here it is.</source>
            <translation>This subscription already has a smart-meter order (Nomos allows only one). Here it is.</translation>
        </message>
        <message>
            <source>Nomos says an order already exists but it could not be listed. Check again in a moment.</source>
            <translation>Nomos says an order already exists but it could not be listed. Check again in a moment.</translation>
        </message>
        <message>
            <source>Smart meter ordered.</source>
            <translation>Smart meter ordered.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
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
            <translation>Green: the three best-paid hours of a day; red: the three lowest-paid.</translation>
        </message>
        <message>
            <source>Green: the three cheapest hours of a day; red: the three dearest.</source>
            <translation>Green: the three cheapest hours of a day; red: the three dearest.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>%1: prices are published in the early afternoon, once the day-ahead auction has cleared.</source>
            <translation>%1: prices are published in the early afternoon, once the day-ahead auction has cleared.</translation>
        </message>
        <message>
            <source>%1: no prices from Nomos.</source>
            <translation>%1: no prices from Nomos.</translation>
        </message>
        <message>
            <source>%1–%2 (%3)</source>
            <translation>%1–%2 (%3)</translation>
        </message>
        <message>
            <source>%1: best paid %2, lowest %3</source>
            <translation>%1: best paid %2, lowest %3</translation>
        </message>
        <message>
            <source>%1: cheapest %2, dearest %3</source>
            <translation>%1: cheapest %2, dearest %3</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Give the profile a name.</source>
            <translation>Give the profile a name.</translation>
        </message>
        <message>
            <source>Use https: plain http would send the secret unencrypted (it is allowed for a sandbox on this computer only).</source>
            <translation>Use https: plain http would send the secret unencrypted (it is allowed for a sandbox on this computer only).</translation>
        </message>
        <message>
            <source>Enter a URL such as https://api.nomos.energy.</source>
            <translation>Enter a URL such as https://api.nomos.energy.</translation>
        </message>
        <message>
            <source>Enter the OAuth client id from the Nomos dashboard.</source>
            <translation>Enter the OAuth client id from the Nomos dashboard.</translation>
        </message>
        <message>
            <source>An API version looks like 2026-05-27.curie.</source>
            <translation>An API version looks like 2026-05-27.curie.</translation>
        </message>
    </context>
    <context>
        <name>ReadingSubmit</name>
        <message>
            <source>The answer got lost, but Nomos has the reading: it was saved.</source>
            <translation>The answer got lost, but Nomos has the reading: it was saved.</translation>
        </message>
        <message>
            <source>The reading was sent but no answer came back, and looking for it failed too. It may have been saved: check again before sending it a second time.</source>
            <translation>The reading was sent but no answer came back, and looking for it failed too. It may have been saved: check again before sending it a second time.</translation>
        </message>
        <message>
            <source>The reading was sent but no answer came back. Nomos does not have it, so it was not saved. You can send it again.</source>
            <translation>The reading was sent but no answer came back. Nomos does not have it, so it was not saved. You can send it again.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>This connection is read-only; nothing was sent.</translation>
        </message>
        <message>
            <source>Nomos finds this reading implausible: %1 Please check the number with the customer; it is kept below for correcting.</source>
            <translation>Nomos finds this reading implausible: %1 Please check the number with the customer; it is kept below for correcting.</translation>
        </message>
        <message>
            <source>Reading saved.</source>
            <translation>Reading saved.</translation>
        </message>
    </context>
    <context>
        <name>ReadingsPanel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Used since the one before</source>
            <translation>Used since the one before</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Per day</translation>
        </message>
        <message>
            <source>No meter readings recorded yet.</source>
            <translation>No meter readings recorded yet.</translation>
        </message>
        <message>
            <source>Submit a reading…</source>
            <translation>Submit a reading…</translation>
        </message>
        <message>
            <source>Enter a meter reading the customer reports</source>
            <translation>Enter a meter reading the customer reports</translation>
        </message>
        <message>
            <source>Submitting a meter reading</source>
            <translation>Submitting a meter reading</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>The meter's count in kWh, as on its display</source>
            <translation>The meter's count in kWh, as on its display</translation>
        </message>
        <message>
            <source>Send to Nomos</source>
            <translation>Send to Nomos</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask Nomos whether the reading arrived</source>
            <translation>Ask Nomos whether the reading arrived</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Meter reading (kWh):</source>
            <translation>Meter reading (kWh):</translation>
        </message>
        <message>
            <source>Read on:</source>
            <translation>Read on:</translation>
        </message>
        <message>
            <source>Showing the latest %1 of %2.</source>
            <translation>Showing the latest %1 of %2.</translation>
        </message>
        <message>
            <source>Loading the subscription…</source>
            <translation>Loading the subscription…</translation>
        </message>
        <message>
            <source>Only analog consumption meters take readings by hand; a smart meter sends its own values.</source>
            <translation>Only analog consumption meters take readings by hand; a smart meter sends its own values.</translation>
        </message>
        <message>
            <source>The subscription has ended.</source>
            <translation>The subscription has ended.</translation>
        </message>
        <message>
            <source>The reading is being sent.</source>
            <translation>The reading is being sent.</translation>
        </message>
        <message>
            <source>First check whether the last reading arrived (Check again).</source>
            <translation>First check whether the last reading arrived (Check again).</translation>
        </message>
        <message>
            <source>Read-only sign-in: submitting readings needs a profile with write access (write:*).</source>
            <translation>Read-only sign-in: submitting readings needs a profile with write access (write:*).</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Please fill this in.</translation>
        </message>
        <message>
            <source>A meter reading is a positive number of kWh.</source>
            <translation>A meter reading is a positive number of kWh.</translation>
        </message>
        <message>
            <source>Below the previous reading (%1): a meter only counts up.</source>
            <translation>Below the previous reading (%1): a meter only counts up.</translation>
        </message>
        <message>
            <source>Above the later reading (%1).</source>
            <translation>Above the later reading (%1).</translation>
        </message>
        <message>
            <source>The day lies in the future.</source>
            <translation>The day lies in the future.</translation>
        </message>
        <message>
            <source>Before supply began (%1).</source>
            <translation>Before supply began (%1).</translation>
        </message>
        <message>
            <source>After supply ended (%1).</source>
            <translation>After supply ended (%1).</translation>
        </message>
        <message>
            <source>There is already a reading on this day.</source>
            <translation>There is already a reading on this day.</translation>
        </message>
        <message>
            <source>Not a number: write it like %1.</source>
            <translation>Not a number: write it like %1.</translation>
        </message>
        <message>
            <source>Sending the reading to Nomos…</source>
            <translation>Sending the reading to Nomos…</translation>
        </message>
        <message>
            <source>Checking for the reading</source>
            <translation>Checking for the reading</translation>
        </message>
        <message>
            <source>Asking Nomos whether the reading arrived…</source>
            <translation>Asking Nomos whether the reading arrived…</translation>
        </message>
        <message>
            <source>Please double-check this number.</source>
            <translation>Please double-check this number.</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Load this record again from Nomos (F5)</source>
            <translation>Load this record again from Nomos (F5)</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Refreshing…</translation>
        </message>
        <message>
            <source>Loaded %1</source>
            <translation>Loaded %1</translation>
        </message>
        <message>
            <source>Updating the search index</source>
            <translation>Updating the search index</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Refresh failed: %1</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>customer</source>
            <translation>customer</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>subscription</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>invoice</translation>
        </message>
        <message>
            <source>meter order</source>
            <translation>meter order</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
    </context>
    <context>
        <name>ReductionsTable</name>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
    </context>
    <context>
        <name>ScopeGate</name>
        <message>
            <source>no scopes</source>
            <translation>no scopes</translation>
        </message>
        <message>
            <source>This connection is read-only. Its token grants %1; changing data needs %2. Sign in with a profile that may write.</source>
            <translation>This connection is read-only. Its token grants %1; changing data needs %2. Sign in with a profile that may write.</translation>
        </message>
        <message>
            <source>%1 needs write access.</source>
            <translation>%1 needs write access.</translation>
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
            <translation>Address</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Matched</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>(customer not yet indexed)</source>
            <translation>(customer not yet indexed)</translation>
        </message>
        <message>
            <source>no subscription</source>
            <translation>no subscription</translation>
        </message>
        <message>
            <source>Matched after correcting a likely typo.</source>
            <translation>Matched after correcting a likely typo.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln similar name(s)</source>
            <translation>
                <numerusform>%Ln similar name</numerusform>
                <numerusform>%Ln similar names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more result(s) after correcting a likely typo, folded because the exact matches are plenty. Enter or a double click lists them.</source>
            <translation>
                <numerusform>%Ln more result after correcting a likely typo, folded because the exact matches are plenty. Enter or a double click lists them.</numerusform>
                <numerusform>%Ln more results after correcting a likely typo, folded because the exact matches are plenty. Enter or a double click lists them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchText</name>
        <message>
            <source>Meter number %1</source>
            <translation>Meter number %1</translation>
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
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln subscription</numerusform>
                <numerusform>%Ln subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln results, showing the best %Ln</source>
            <translation>
                <numerusform>More than %Ln results, showing the best %Ln</numerusform>
                <numerusform>More than %Ln results, showing the best %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln result</numerusform>
                <numerusform>%Ln results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln similar name(s) folded into the last row (Enter shows them)</source>
            <translation>
                <numerusform>; %Ln similar name folded into the last row (Enter shows them)</numerusform>
                <numerusform>; %Ln similar names folded into the last row (Enter shows them)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln after correcting a likely typo, in italics)</source>
            <translation>
                <numerusform> (%Ln after correcting a likely typo, in italics)</numerusform>
                <numerusform> (%Ln after correcting a likely typo, in italics)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. Enter opens the selected row.</source>
            <translation>%1. Enter opens the selected row.</translation>
        </message>
        <message>
            <source>Index up to date: nothing changed.</source>
            <translation>Index up to date: nothing changed.</translation>
        </message>
        <message>
            <source>Index built: %1 indexed.</source>
            <translation>Index built: %1 indexed.</translation>
        </message>
        <message>
            <source>Index up to date: %1 changed.</source>
            <translation>Index up to date: %1 changed.</translation>
        </message>
        <message>
            <source>Fetching plans…</source>
            <translation>Fetching plans…</translation>
        </message>
        <message numerus="yes">
            <source>Fetching addresses and meters: %1 of %Ln subscription(s). Searching works meanwhile.</source>
            <translation>
                <numerusform>Fetching addresses and meters: %1 of %Ln subscription. Searching works meanwhile.</numerusform>
                <numerusform>Fetching addresses and meters: %1 of %Ln subscriptions. Searching works meanwhile.</numerusform>
            </translation>
        </message>
        <message>
            <source>Building the search index… %1 so far. Searching works meanwhile.</source>
            <translation>Building the search index… %1 so far. Searching works meanwhile.</translation>
        </message>
        <message>
            <source>Fetching changes… %1 so far. Searching works meanwhile.</source>
            <translation>Fetching changes… %1 so far. Searching works meanwhile.</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Name, email, street, zip, meter number, MaLo, subscription number — or paste an id (cus_, sub_…)</source>
            <translation>Name, email, street, zip, meter number, MaLo, subscription number — or paste an id (cus_, sub_…)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Fetch what changed since the last sync (F5)</source>
            <translation>Fetch what changed since the last sync (F5)</translation>
        </message>
        <message>
            <source>Index not synced yet.</source>
            <translation>Index not synced yet.</translation>
        </message>
        <message>
            <source>Type at least two characters to search.</source>
            <translation>Type at least two characters to search.</translation>
        </message>
        <message>
            <source>Opening an id</source>
            <translation>Opening an id</translation>
        </message>
        <message>
            <source>Searching the local index</source>
            <translation>Searching the local index</translation>
        </message>
        <message>
            <source>Keep typing: one character matches too much.</source>
            <translation>Keep typing: one character matches too much.</translation>
        </message>
        <message>
            <source>Nothing in the index matches “%1”.</source>
            <translation>Nothing in the index matches “%1”.</translation>
        </message>
        <message>
            <source>The index is still being built; it may turn up later.</source>
            <translation>The index is still being built; it may turn up later.</translation>
        </message>
        <message>
            <source>Looking up %1 %2 in Nomos…</source>
            <translation>Looking up %1 %2 in Nomos…</translation>
        </message>
        <message>
            <source>There is no %1 with the id %2.</source>
            <translation>There is no %1 with the id %2.</translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>Could not look up %1: %2</translation>
        </message>
        <message>
            <source>Opened %1 %2.</source>
            <translation>Opened %1 %2.</translation>
        </message>
        <message>
            <source>Synced.</source>
            <translation>Synced.</translation>
        </message>
        <message>
            <source>%1 Last sync %2.</source>
            <translation>%1 Last sync %2.</translation>
        </message>
        <message>
            <source>Sync failed: %1 — F5 tries again.</source>
            <translation>Sync failed: %1 — F5 tries again.</translation>
        </message>
        <message>
            <source>Sync cancelled; searching what is indexed so far. F5 continues.</source>
            <translation>Sync cancelled; searching what is indexed so far. F5 continues.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>⚠ Could not load this part. %1</source>
            <translation>⚠ Could not load this part. %1</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Subscriptions</translation>
        </message>
        <message>
            <source>This customer has no subscription yet.</source>
            <translation>This customer has no subscription yet.</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Smart-meter order</source>
            <translation>Smart-meter order</translation>
        </message>
        <message>
            <source>Usage &amp;&amp; prices</source>
            <translation>Usage &amp;&amp; prices</translation>
        </message>
        <message>
            <source>Today's and tomorrow's prices</source>
            <translation>Today's and tomorrow's prices</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active.</source>
            <translation>Nomos gives prices only while a subscription is active.</translation>
        </message>
        <message>
            <source>§14a EnWG grid fee reductions</source>
            <translation>§14a EnWG grid fee reductions</translation>
        </message>
        <message>
            <source>No §14a grid fee reductions for this subscription.</source>
            <translation>No §14a grid fee reductions for this subscription.</translation>
        </message>
        <message>
            <source>Meter readings</source>
            <translation>Meter readings</translation>
        </message>
        <message>
            <source>No meter readings recorded yet.</source>
            <translation>No meter readings recorded yet.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>System follows the operating system's language.</source>
            <translation>System follows the operating system's language.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Light or dark colours; System follows the operating system.</source>
            <translation>Light or dark colours; System follows the operating system.</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Refresh search index every</source>
            <translation>Refresh search index every</translation>
        </message>
        <message>
            <source>How often the local search index asks Nomos for changes in the background.</source>
            <translation>How often the local search index asks Nomos for changes in the background.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Request timeout</source>
            <translation>Request timeout</translation>
        </message>
        <message>
            <source>How long to wait for Nomos before a request counts as failed (applies at next sign-in).</source>
            <translation>How long to wait for Nomos before a request counts as failed (applies at next sign-in).</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Flexible share of usage</source>
            <translation>Flexible share of usage</translation>
        </message>
        <message>
            <source>The part of a customer's usage that could run at another hour of the same day (washing, charging a car). The usage insights show what moving it into the day's cheapest hours would have saved.</source>
            <translation>The part of a customer's usage that could run at another hour of the same day (washing, charging a car). The usage insights show what moving it into the day's cheapest hours would have saved.</translation>
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
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Nomos</source>
            <translation>Sign in to Nomos</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>New profile</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the profile, its stored secret and its local data</source>
            <translation>Delete the profile, its stored secret and its local data</translation>
        </message>
        <message>
            <source>No saved profiles yet. Fill in the connection on the right: it is saved as a profile once Nomos accepts it.&lt;br&gt;&lt;br&gt;No account yet? Try the app on sample data:</source>
            <translation>No saved profiles yet. Fill in the connection on the right: it is saved as a profile once Nomos accepts it.&lt;br&gt;&lt;br&gt;No account yet? Try the app on sample data:</translation>
        </message>
        <message>
            <source>e.g. Stadtwerk production</source>
            <translation>e.g. Stadtwerk production</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Base URL</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client id</translation>
        </message>
        <message>
            <source>API version</source>
            <translation>API version</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Client secret</translation>
        </message>
        <message>
            <source>Back to the demo sandbox</source>
            <translation>Back to the demo sandbox</translation>
        </message>
        <message>
            <source>Sign in to the local sandbox with its full-access client</source>
            <translation>Sign in to the local sandbox with its full-access client</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>kept for this session only</source>
            <translation>kept for this session only</translation>
        </message>
        <message>
            <source>(session secret kept)</source>
            <translation>(session secret kept)</translation>
        </message>
        <message>
            <source>No system keyring is available here, so the secret is kept in memory for this session only and must be entered again next time.</source>
            <translation>No system keyring is available here, so the secret is kept in memory for this session only and must be entered again next time.</translation>
        </message>
        <message>
            <source>stored in the keyring; type to replace</source>
            <translation>stored in the keyring; type to replace</translation>
        </message>
        <message>
            <source>The secret is stored in the operating system's keyring, nowhere else.</source>
            <translation>The secret is stored in the operating system's keyring, nowhere else.</translation>
        </message>
        <message>
            <source>Enter the client secret.</source>
            <translation>Enter the client secret.</translation>
        </message>
        <message>
            <source>Another profile has this name; pick a distinct one.</source>
            <translation>Another profile has this name; pick a distinct one.</translation>
        </message>
        <message>
            <source>Nomos did not accept this client id and secret.</source>
            <translation>Nomos did not accept this client id and secret.</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <source>This app does not know that version: %1</source>
            <translation>This app does not know that version: %1</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>Could not connect: %1</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Not refreshed yet</source>
            <translation>Not refreshed yet</translation>
        </message>
        <message>
            <source>%1 · client %2</source>
            <translation>%1 · client %2</translation>
        </message>
        <message>
            <source>Environment: %1 (%2)</source>
            <translation>Environment: %1 (%2)</translation>
        </message>
        <message>
            <source>API %1</source>
            <translation>API %1</translation>
        </message>
        <message>
            <source>X-API-Version sent with every request</source>
            <translation>X-API-Version sent with every request</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Read &amp; write</source>
            <translation>Read &amp; write</translation>
        </message>
        <message>
            <source>Token scopes: %1</source>
            <translation>Token scopes: %1</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>READ-ONLY</translation>
        </message>
        <message>
            <source>Token scopes: %1. Write actions are disabled.</source>
            <translation>Token scopes: %1. Write actions are disabled.</translation>
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
            <translation>Connection to Nomos</translation>
        </message>
        <message>
            <source>Last refresh %1</source>
            <translation>Last refresh %1</translation>
        </message>
        <message>
            <source>Data last arrived from Nomos at %1</source>
            <translation>Data last arrived from Nomos at %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Syncing the search index</source>
            <translation>Syncing the search index</translation>
        </message>
    </context>
    <context>
        <name>Usage</name>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutes</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Electricity</translation>
        </message>
        <message>
            <source>Grid fees</source>
            <translation>Grid fees</translation>
        </message>
        <message>
            <source>Taxes and levies</source>
            <translation>Taxes and levies</translation>
        </message>
        <message>
            <source>Spot payout</source>
            <translation>Spot payout</translation>
        </message>
        <message>
            <source>Fed in</source>
            <translation>Fed in</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>Payout rate</source>
            <translation>Payout rate</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
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
            <translation>%1, final</translation>
        </message>
        <message>
            <source>From readings</source>
            <translation>From readings</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <source>%1, preliminary</source>
            <translation>%1, preliminary</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>usage-weighted</source>
            <translation>usage-weighted</translation>
        </message>
        <message>
            <source>time-weighted</source>
            <translation>time-weighted</translation>
        </message>
        <message>
            <source>%1, %2 average</source>
            <translation>%1, %2 average</translation>
        </message>
        <message>
            <source>%1 (estimate)</source>
            <translation>%1 (estimate)</translation>
        </message>
        <message>
            <source>%1 (preliminary)</source>
            <translation>%1 (preliminary)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no value</source>
            <translation>%1: no value</translation>
        </message>
        <message>
            <source>%1 of %2 quarter hours without a value</source>
            <translation>%1 of %2 quarter hours without a value</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>%1: not known</source>
            <translation>%1: not known</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>about %1</translation>
        </message>
        <message>
            <source>Estimated reading on %1: %2</source>
            <translation>Estimated reading on %1: %2</translation>
        </message>
        <message>
            <source>Meter reading on %1: %2</source>
            <translation>Meter reading on %1: %2</translation>
        </message>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>Week %1: %2 – %3</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Energy fed in</source>
            <translation>Energy fed in</translation>
        </message>
        <message>
            <source>Total usage</source>
            <translation>Total usage</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Payout</translation>
        </message>
        <message>
            <source>Energy cost (usage × price)</source>
            <translation>Energy cost (usage × price)</translation>
        </message>
        <message>
            <source>no prices known for this period</source>
            <translation>no prices known for this period</translation>
        </message>
        <message>
            <source>about %1 (at each month's average price)</source>
            <translation>about %1 (at each month's average price)</translation>
        </message>
        <message>
            <source>%1 for the %2 with a price</source>
            <translation>%1 for the %2 with a price</translation>
        </message>
        <message>
            <source>Average spot payout</source>
            <translation>Average spot payout</translation>
        </message>
        <message>
            <source>Average price (time-weighted)</source>
            <translation>Average price (time-weighted)</translation>
        </message>
        <message>
            <source>Average payout received</source>
            <translation>Average payout received</translation>
        </message>
        <message>
            <source>Average price paid</source>
            <translation>Average price paid</translation>
        </message>
        <message>
            <source>Fed in during the best-paid hours</source>
            <translation>Fed in during the best-paid hours</translation>
        </message>
        <message>
            <source>Used in cheap hours</source>
            <translation>Used in cheap hours</translation>
        </message>
        <message>
            <source>%1 (%2) in each day's best-paid quarter of hours</source>
            <translation>%1 (%2) in each day's best-paid quarter of hours</translation>
        </message>
        <message>
            <source>%1 (%2) in each day's cheapest quarter of hours</source>
            <translation>%1 (%2) in each day's cheapest quarter of hours</translation>
        </message>
        <message>
            <source>needs a smart meter's quarter-hour values</source>
            <translation>needs a smart meter's quarter-hour values</translation>
        </message>
        <message>
            <source>Saving by shifting %1</source>
            <translation>Saving by shifting %1</translation>
        </message>
        <message>
            <source>%1, had that share of each day's usage run in its cheapest hours</source>
            <translation>%1, had that share of each day's usage run in its cheapest hours</translation>
        </message>
        <message>
            <source> — about the average</source>
            <translation> — about the average</translation>
        </message>
        <message>
            <source> — fed in at better-paid hours</source>
            <translation> — fed in at better-paid hours</translation>
        </message>
        <message>
            <source> — fed in at lower-paid hours</source>
            <translation> — fed in at lower-paid hours</translation>
        </message>
        <message>
            <source> — usage leaned to cheaper hours</source>
            <translation> — usage leaned to cheaper hours</translation>
        </message>
        <message>
            <source> — usage leaned to dearer hours</source>
            <translation> — usage leaned to dearer hours</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>UTC offset</source>
            <translation>UTC offset</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>%1, usage-weighted (ct/kWh)</source>
            <translation>%1, usage-weighted (ct/kWh)</translation>
        </message>
        <message>
            <source>%1, time-weighted (ct/kWh)</source>
            <translation>%1, time-weighted (ct/kWh)</translation>
        </message>
        <message>
            <source>%1 (EUR)</source>
            <translation>%1 (EUR)</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>estimate</translation>
        </message>
        <message>
            <source>preliminary</source>
            <translation>preliminary</translation>
        </message>
    </context>
    <context>
        <name>UsageSection</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation>Stop loading; what arrived stays on screen</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Ask Nomos again for what is still missing</source>
            <translation>Ask Nomos again for what is still missing</translation>
        </message>
        <message>
            <source>⚠ Not everything arrived: %1</source>
            <translation>⚠ Not everything arrived: %1</translation>
        </message>
        <message>
            <source>Loading from Nomos: %1 of %2 parts…</source>
            <translation>Loading from Nomos: %1 of %2 parts…</translation>
        </message>
        <message>
            <source>Loading stopped: %1 of %2 parts arrived.</source>
            <translation>Loading stopped: %1 of %2 parts arrived.</translation>
        </message>
        <message>
            <source>Supply began on %1; there are no values before.</source>
            <translation>Supply began on %1; there are no values before.</translation>
        </message>
        <message>
            <source>Yesterday's values arrive today from 16:00 (smart-meter values are published the day after).</source>
            <translation>Yesterday's values arrive today from 16:00 (smart-meter values are published the day after).</translation>
        </message>
        <message>
            <source>Today's values arrive tomorrow from 16:00.</source>
            <translation>Today's values arrive tomorrow from 16:00.</translation>
        </message>
        <message numerus="yes">
            <source>No values from the metering operator yet for %n day(s); they can arrive late.</source>
            <translation>
                <numerusform>No values from the metering operator yet for %n day; they can arrive late.</numerusform>
                <numerusform>No values from the metering operator yet for %n days; they can arrive late.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hatched values are estimates of Nomos until the meter is read.</source>
            <translation>Hatched values are estimates of Nomos until the meter is read.</translation>
        </message>
        <message>
            <source>Hatched values are preliminary: the metering operator may still correct them until the 8th working day of the next month.</source>
            <translation>Hatched values are preliminary: the metering operator may still correct them until the 8th working day of the next month.</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active.</source>
            <translation>Nomos gives prices only while a subscription is active.</translation>
        </message>
        <message>
            <source>Tomorrow's prices are published in the early afternoon.</source>
            <translation>Tomorrow's prices are published in the early afternoon.</translation>
        </message>
        <message>
            <source>Saving the chart</source>
            <translation>Saving the chart</translation>
        </message>
        <message>
            <source>Saving the values</source>
            <translation>Saving the values</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG pictures (*.png)</translation>
        </message>
        <message>
            <source>Save the values</source>
            <translation>Save the values</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
</TS>
