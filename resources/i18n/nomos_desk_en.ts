<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Nomos Desk</source>
            <translation>About Nomos Desk</translation>
        </message>
        <message>
            <source>Nomos documentation</source>
            <translation>Nomos documentation</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Nomos API version %1</source>
            <translation>Nomos API version %1</translation>
        </message>
        <message>
            <source>Back-office desktop tool for energy brands on Nomos.</source>
            <translation>Back-office desktop tool for energy brands on Nomos.</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>Components and their licences</translation>
        </message>
        <message>
            <source>Qt is used under the GNU LGPL version 3: the Qt libraries of this installation can be replaced by compatible builds of your own. Select a component to read its licence.</source>
            <translation>Qt is used under the GNU LGPL version 3: the Qt libraries of this installation can be replaced by compatible builds of your own. Select a component to read its licence.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>%1 ships no licence text of its own; its licence is %2.</source>
            <translation>%1 ships no licence text of its own; its licence is %2.</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsView</name>
        <message>
            <source>Funnel: orders that reached each stage</source>
            <translation>Funnel: orders that reached each stage</translation>
        </message>
        <message>
            <source>Days per stage: median (dark) and 90th percentile (light)</source>
            <translation>Days per stage: median (dark) and 90th percentile (light)</translation>
        </message>
        <message>
            <source>Open orders by days since ordered (red: blocked)</source>
            <translation>Open orders by days since ordered (red: blocked)</translation>
        </message>
        <message>
            <source>Orders activated per week</source>
            <translation>Orders activated per week</translation>
        </message>
        <message>
            <source>No orders in this cohort.</source>
            <translation>No orders in this cohort.</translation>
        </message>
        <message>
            <source>No finished stay seen yet in: %1</source>
            <translation>No finished stay seen yet in: %1</translation>
        </message>
        <message>
            <source>days since ordered</source>
            <translation>days since ordered</translation>
        </message>
        <message>
            <source>No activations yet.</source>
            <translation>No activations yet.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Changing the connection</source>
            <translation>Changing the connection</translation>
        </message>
        <message>
            <source>Switching the flaky network</source>
            <translation>Switching the flaky network</translation>
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
        <name>BillingDialog</name>
        <message>
            <source>Billing address and payment</source>
            <translation>Billing address and payment</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Contract %1 of %2.</source>
            <translation>Contract %1 of %2.</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Billing address</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>Zip code</source>
            <translation>Zip code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>The address is changed where it is stored: the customer's other contracts using it change too.</source>
            <translation>The address is changed where it is stored: the customer's other contracts using it change too.</translation>
        </message>
        <message>
            <source>SEPA direct debit</source>
            <translation>SEPA direct debit</translation>
        </message>
        <message>
            <source>Current mandate</source>
            <translation>Current mandate</translation>
        </message>
        <message>
            <source>Leave empty to keep the current mandate</source>
            <translation>Leave empty to keep the current mandate</translation>
        </message>
        <message>
            <source>New IBAN</source>
            <translation>New IBAN</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Account holder</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>To change the account holder, enter the IBAN again: Nomos shows the current one only masked.</source>
            <translation>To change the account holder, enter the IBAN again: Nomos shows the current one only masked.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Row %1: %2</translation>
        </message>
        <message>
            <source>The customer's other contracts using this address change too.</source>
            <translation>The customer's other contracts using this address change too.</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>The new SEPA mandate replaces the current one.</source>
            <translation>The new SEPA mandate replaces the current one.</translation>
        </message>
        <message>
            <source>Metadata “%1”</source>
            <translation>Metadata “%1”</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <source>Change contract %1 of %2?</source>
            <translation>Change contract %1 of %2?</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Billing and payment saved.</source>
            <translation>Billing and payment saved.</translation>
        </message>
    </context>
    <context>
        <name>BoardAnalytics</name>
        <message>
            <source>Order to installation</source>
            <translation>Order to installation</translation>
        </message>
        <message>
            <source>Order to activation</source>
            <translation>Order to activation</translation>
        </message>
        <message>
            <source>Order to cancellation</source>
            <translation>Order to cancellation</translation>
        </message>
        <message numerus="yes">
            <source>median %1 d, 90 %: %2 d (%Ln order(s))</source>
            <translation>
                <numerusform>median %1 d, 90 %: %2 d (%Ln order)</numerusform>
                <numerusform>median %1 d, 90 %: %2 d (%Ln orders)</numerusform>
            </translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>over %1</translation>
        </message>
    </context>
    <context>
        <name>BoardCard</name>
        <message>
            <source>moved on</source>
            <translation>moved on</translation>
        </message>
        <message>
            <source>newly blocked</source>
            <translation>newly blocked</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>activated</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>unblocked</source>
            <translation>unblocked</translation>
        </message>
        <message>
            <source>moved back</source>
            <translation>moved back</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>site check missing</source>
            <translation>site check missing</translation>
        </message>
        <message>
            <source>grid operator registration</source>
            <translation>grid operator registration</translation>
        </message>
        <message>
            <source>smart meter already there</source>
            <translation>smart meter already there</translation>
        </message>
        <message>
            <source>customer request</source>
            <translation>customer request</translation>
        </message>
        <message>
            <source>Customer not indexed yet</source>
            <translation>Customer not indexed yet</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>time in stage unknown</source>
            <translation>time in stage unknown</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) in stage</source>
            <translation>
                <numerusform>%Ln day in stage</numerusform>
                <numerusform>%Ln days in stage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≥ %Ln day(s) in stage</source>
            <translation>
                <numerusform>≥ %Ln day in stage</numerusform>
                <numerusform>≥ %Ln days in stage</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked since %1</source>
            <translation>Blocked since %1</translation>
        </message>
        <message>
            <source>Cancelled on %1</source>
            <translation>Cancelled on %1</translation>
        </message>
        <message>
            <source>Appointment %1</source>
            <translation>Appointment %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln moved on</source>
            <translation>
                <numerusform>%Ln moved on</numerusform>
                <numerusform>%Ln moved on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln newly blocked</source>
            <translation>
                <numerusform>%Ln newly blocked</numerusform>
                <numerusform>%Ln newly blocked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activated</source>
            <translation>
                <numerusform>%Ln activated</numerusform>
                <numerusform>%Ln activated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cancelled</source>
            <translation>
                <numerusform>%Ln cancelled</numerusform>
                <numerusform>%Ln cancelled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unblocked</source>
            <translation>
                <numerusform>%Ln unblocked</numerusform>
                <numerusform>%Ln unblocked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln moved back</source>
            <translation>
                <numerusform>%Ln moved back</numerusform>
                <numerusform>%Ln moved back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln new</numerusform>
                <numerusform>%Ln new</numerusform>
            </translation>
        </message>
        <message>
            <source>Since last look: %1</source>
            <translation>Since last look: %1</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) in this status</source>
            <translation>
                <numerusform>%Ln order in this status</numerusform>
                <numerusform>%Ln orders in this status</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) of the cohort in this status</source>
            <translation>
                <numerusform>%Ln order of the cohort in this status</numerusform>
                <numerusform>%Ln orders of the cohort in this status</numerusform>
            </translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>Not loaded: %1</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Meter orders</source>
            <translation>Meter orders</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Load every order again from Nomos (F5)</source>
            <translation>Load every order again from Nomos (F5)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save the orders of this cohort for a spreadsheet</source>
            <translation>Save the orders of this cohort for a spreadsheet</translation>
        </message>
        <message>
            <source>Copy cards</source>
            <translation>Copy cards</translation>
        </message>
        <message>
            <source>Copy the selected cards as a table (Ctrl+C)</source>
            <translation>Copy the selected cards as a table (Ctrl+C)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <source>Bulk ordering</source>
            <translation>Bulk ordering</translation>
        </message>
        <message>
            <source>Opening the meter-order board</source>
            <translation>Opening the meter-order board</translation>
        </message>
        <message>
            <source>Saving the meter orders</source>
            <translation>Saving the meter orders</translation>
        </message>
        <message>
            <source>Loading the meter orders from Nomos…</source>
            <translation>Loading the meter orders from Nomos…</translation>
        </message>
        <message>
            <source>No orders loaded yet.</source>
            <translation>No orders loaded yet.</translation>
        </message>
        <message>
            <source>Since the last look: %1</source>
            <translation>Since the last look: %1</translation>
        </message>
        <message>
            <source>First look at the orders: from the next load on, the board marks what moved.</source>
            <translation>First look at the orders: from the next load on, the board marks what moved.</translation>
        </message>
        <message>
            <source>Nothing moved since the last look.</source>
            <translation>Nothing moved since the last look.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln order</numerusform>
                <numerusform>%Ln orders</numerusform>
            </translation>
        </message>
        <message>
            <source>loaded %1</source>
            <translation>loaded %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln in this cohort</source>
            <translation>
                <numerusform>%Ln in this cohort</numerusform>
                <numerusform>%Ln in this cohort</numerusform>
            </translation>
        </message>
        <message>
            <source>refreshing…</source>
            <translation>refreshing…</translation>
        </message>
        <message>
            <source>Select cards to copy first.</source>
            <translation>Select cards to copy first.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) copied as a table.</source>
            <translation>
                <numerusform>%Ln card copied as a table.</numerusform>
                <numerusform>%Ln cards copied as a table.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the meter orders</source>
            <translation>Exporting the meter orders</translation>
        </message>
        <message>
            <source>Export meter orders</source>
            <translation>Export meter orders</translation>
        </message>
        <message>
            <source>meter-orders.csv</source>
            <translation>meter-orders.csv</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s) saved to %1.</source>
            <translation>
                <numerusform>%Ln order saved to %1.</numerusform>
                <numerusform>%Ln orders saved to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the cohort</source>
            <translation>Saving the cohort</translation>
        </message>
        <message>
            <source>Save cohort</source>
            <translation>Save cohort</translation>
        </message>
        <message>
            <source>Name of the cohort:</source>
            <translation>Name of the cohort:</translation>
        </message>
        <message>
            <source>Deleting the cohort</source>
            <translation>Deleting the cohort</translation>
        </message>
    </context>
    <context>
        <name>BoardSaving</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
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
            <translation>Customer</translation>
        </message>
        <message>
            <source>Subscription number</source>
            <translation>Subscription number</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Zip</source>
            <translation>Zip</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Days in stage</translation>
        </message>
        <message>
            <source>Blocked since</source>
            <translation>Blocked since</translation>
        </message>
        <message>
            <source>Blocked because</source>
            <translation>Blocked because</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Cancelled on</translation>
        </message>
        <message>
            <source>Cancelled because</source>
            <translation>Cancelled because</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Since last look</source>
            <translation>Since last look</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Order id</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Subscription id</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>at least %1</translation>
        </message>
    </context>
    <context>
        <name>BulkOrders</name>
        <message>
            <source>the plan has no smart-meter product</source>
            <translation>the plan has no smart-meter product</translation>
        </message>
        <message>
            <source>already a smart meter (Nomos would cancel the order as pre-existing)</source>
            <translation>already a smart meter (Nomos would cancel the order as pre-existing)</translation>
        </message>
        <message>
            <source>meter type not known yet (the search index has no details)</source>
            <translation>meter type not known yet (the search index has no details)</translation>
        </message>
        <message>
            <source>feed-in subscription</source>
            <translation>feed-in subscription</translation>
        </message>
        <message>
            <source>supply has not started yet</source>
            <translation>supply has not started yet</translation>
        </message>
        <message>
            <source>the subscription has ended</source>
            <translation>the subscription has ended</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Already had one</source>
            <translation>Already had one</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Unknown: check again</source>
            <translation>Unknown: check again</translation>
        </message>
        <message>
            <source>Not sent (run cancelled)</source>
            <translation>Not sent (run cancelled)</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Sent, answer pending</source>
            <translation>Sent, answer pending</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Why, or the order</source>
            <translation>Why, or the order</translation>
        </message>
        <message>
            <source>Subscription number</source>
            <translation>Subscription number</translation>
        </message>
        <message>
            <source>Order id</source>
            <translation>Order id</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Subscription id</source>
            <translation>Subscription id</translation>
        </message>
        <message>
            <source>Would be ordered</source>
            <translation>Would be ordered</translation>
        </message>
        <message>
            <source>Would be refused</source>
            <translation>Would be refused</translation>
        </message>
        <message numerus="yes">
            <source>%Ln ordered</source>
            <translation>
                <numerusform>%Ln ordered</numerusform>
                <numerusform>%Ln ordered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already had one</source>
            <translation>
                <numerusform>%Ln already had one</numerusform>
                <numerusform>%Ln already had one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused</source>
            <translation>
                <numerusform>%Ln refused</numerusform>
                <numerusform>%Ln refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unknown</source>
            <translation>
                <numerusform>%Ln unknown</numerusform>
                <numerusform>%Ln unknown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not sent</source>
            <translation>
                <numerusform>%Ln not sent</numerusform>
                <numerusform>%Ln not sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkView</name>
        <message>
            <source>Smart meters for the subscriptions of the cohort that have no order yet: active consumption subscriptions with an analog meter, on a plan with a smart-meter product. The cohort's plan, place, dates and search apply.</source>
            <translation>Smart meters for the subscriptions of the cohort that have no order yet: active consumption subscriptions with an analog meter, on a plan with a smart-meter product. The cohort's plan, place, dates and search apply.</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Dry run</translation>
        </message>
        <message>
            <source>Count who would be ordered and who would be refused; nothing is sent</source>
            <translation>Count who would be ordered and who would be refused; nothing is sent</translation>
        </message>
        <message>
            <source>Order smart meters…</source>
            <translation>Order smart meters…</translation>
        </message>
        <message>
            <source>Ordering smart meters</source>
            <translation>Ordering smart meters</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Cancel run</source>
            <translation>Cancel run</translation>
        </message>
        <message>
            <source>Stop after the orders on their way; the rest is not sent</source>
            <translation>Stop after the orders on their way; the rest is not sent</translation>
        </message>
        <message>
            <source>Save report as CSV…</source>
            <translation>Save report as CSV…</translation>
        </message>
        <message>
            <source>Resume run</source>
            <translation>Resume run</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>End the run here; what was not sent is reported as not sent</source>
            <translation>End the run here; what was not sent is reported as not sent</translation>
        </message>
        <message>
            <source>The cohort changed: do the dry run again.</source>
            <translation>The cohort changed: do the dry run again.</translation>
        </message>
        <message>
            <source>Preparing the bulk order</source>
            <translation>Preparing the bulk order</translation>
        </message>
        <message>
            <source>Looking for subscriptions without an order…</source>
            <translation>Looking for subscriptions without an order…</translation>
        </message>
        <message>
            <source>The search index is empty: it lists the subscriptions. Wait for its first sync, then try again.</source>
            <translation>The search index is empty: it lists the subscriptions. Wait for its first sync, then try again.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s) of this cohort without an order.</source>
            <translation>
                <numerusform>%Ln subscription of this cohort without an order.</numerusform>
                <numerusform>%Ln subscriptions of this cohort without an order.</numerusform>
            </translation>
        </message>
        <message>
            <source>Would be ordered: %1.</source>
            <translation>Would be ordered: %1.</translation>
        </message>
        <message>
            <source>Would be refused: %1.</source>
            <translation>Would be refused: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Order smart meters for %Ln subscription(s)?

Nomos passes each order to the metering operator, who contacts the customer. A subscription can have only one order, ever; orders cannot be taken back here.</source>
            <translation>
                <numerusform>Order smart meters for %Ln subscription?

Nomos passes each order to the metering operator, who contacts the customer. A subscription can have only one order, ever; orders cannot be taken back here.</numerusform>
                <numerusform>Order smart meters for %Ln subscriptions?

Nomos passes each order to the metering operator, who contacts the customer. A subscription can have only one order, ever; orders cannot be taken back here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order %Ln smart meter(s)</source>
            <translation>
                <numerusform>Order %Ln smart meter</numerusform>
                <numerusform>Order %Ln smart meters</numerusform>
            </translation>
        </message>
        <message>
            <source>Bulk smart-meter order</source>
            <translation>Bulk smart-meter order</translation>
        </message>
        <message>
            <source>unsaved filters</source>
            <translation>unsaved filters</translation>
        </message>
        <message>
            <source>The run paused: %1</source>
            <translation>The run paused: %1</translation>
        </message>
        <message>
            <source>Done: %1.</source>
            <translation>Done: %1.</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 of %2 done</translation>
        </message>
        <message>
            <source>%1 orders per second</source>
            <translation>%1 orders per second</translation>
        </message>
        <message numerus="yes">
            <source>Nomos asked to slow down %Ln time(s)</source>
            <translation>
                <numerusform>Nomos asked to slow down %Ln time</numerusform>
                <numerusform>Nomos asked to slow down %Ln times</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message numerus="yes">
            <source>A bulk order of “%1” stopped before its end: %Ln of its subscription(s) still to do.</source>
            <translation>
                <numerusform>A bulk order of “%1” stopped before its end: %Ln of its subscription still to do.</numerusform>
                <numerusform>A bulk order of “%1” stopped before its end: %Ln of its subscriptions still to do.</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1 in the run.)</source>
            <translation>(%1 in the run.)</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Why: %1</translation>
        </message>
        <message>
            <source>Run ended: %1.</source>
            <translation>Run ended: %1.</translation>
        </message>
        <message>
            <source>Save the bulk order report</source>
            <translation>Save the bulk order report</translation>
        </message>
        <message>
            <source>bulk-order-report.csv</source>
            <translation>bulk-order-report.csv</translation>
        </message>
        <message numerus="yes">
            <source>Report of %Ln subscription(s) saved.</source>
            <translation>
                <numerusform>Report of %Ln subscription saved.</numerusform>
                <numerusform>Report of %Ln subscriptions saved.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the report</source>
            <translation>Saving the report</translation>
        </message>
        <message numerus="yes">
            <source>Order %Ln smart meter(s)…</source>
            <translation>
                <numerusform>Order %Ln smart meter…</numerusform>
                <numerusform>Order %Ln smart meters…</numerusform>
            </translation>
        </message>
        <message>
            <source>A run is going on.</source>
            <translation>A run is going on.</translation>
        </message>
        <message>
            <source>Do the dry run first.</source>
            <translation>Do the dry run first.</translation>
        </message>
        <message>
            <source>Nobody in this cohort to order for.</source>
            <translation>Nobody in this cohort to order for.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
    </context>
    <context>
        <name>Caches</name>
        <message>
            <source>Plans and smart-meter facts</source>
            <translation>Plans and smart-meter facts</translation>
        </message>
        <message>
            <source>Meter orders of the board</source>
            <translation>Meter orders of the board</translation>
        </message>
        <message>
            <source>Invoice documents</source>
            <translation>Invoice documents</translation>
        </message>
        <message>
            <source>Usage values and prices</source>
            <translation>Usage values and prices</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <source>No orders here</source>
            <translation>No orders here</translation>
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
            <translation>Required.</translation>
        </message>
        <message>
            <source>A German zip code has five digits.</source>
            <translation>A German zip code has five digits.</translation>
        </message>
        <message>
            <source>Not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</source>
            <translation>Not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</translation>
        </message>
        <message>
            <source>The check digits do not match: a character of this IBAN is mistyped.</source>
            <translation>The check digits do not match: a character of this IBAN is mistyped.</translation>
        </message>
        <message>
            <source>Choose a day after today: an end at midnight today has already passed.</source>
            <translation>Choose a day after today: an end at midnight today has already passed.</translation>
        </message>
        <message>
            <source>A value needs a key.</source>
            <translation>A value needs a key.</translation>
        </message>
        <message>
            <source>The key “%1” appears twice.</source>
            <translation>The key “%1” appears twice.</translation>
        </message>
        <message>
            <source>Nomos does not accept this end date: it is too soon for the grid operator's notice (an ordinary termination also has to keep the plan's cancellation period). Choose a later day.</source>
            <translation>Nomos does not accept this end date: it is too soon for the grid operator's notice (an ordinary termination also has to keep the plan's cancellation period). Choose a later day.</translation>
        </message>
        <message>
            <source>The 14-day withdrawal period has passed (it counts from the contract confirmation), so Nomos refuses a withdrawal. An ordinary termination is still possible.</source>
            <translation>The 14-day withdrawal period has passed (it counts from the contract confirmation), so Nomos refuses a withdrawal. An ordinary termination is still possible.</translation>
        </message>
        <message>
            <source>Supply has not started yet: a pending contract can only be withdrawn.</source>
            <translation>Supply has not started yet: a pending contract can only be withdrawn.</translation>
        </message>
        <message>
            <source>The contract has already ended.</source>
            <translation>The contract has already ended.</translation>
        </message>
        <message>
            <source>A reduction of this module is already in place, or one of modules 1 and 2, which exclude each other.</source>
            <translation>A reduction of this module is already in place, or one of modules 1 and 2, which exclude each other.</translation>
        </message>
        <message>
            <source>Module 3 only comes on top of module 1: request module 1 first.</source>
            <translation>Module 3 only comes on top of module 1: request module 1 first.</translation>
        </message>
        <message>
            <source>Module 3 needs a smart meter, installed or ordered: order one first.</source>
            <translation>Module 3 needs a smart meter, installed or ordered: order one first.</translation>
        </message>
        <message>
            <source>§14a reductions do not apply to this contract (feed-in contracts pay no grid fees).</source>
            <translation>§14a reductions do not apply to this contract (feed-in contracts pay no grid fees).</translation>
        </message>
        <message>
            <source>Nomos does not accept this IBAN.</source>
            <translation>Nomos does not accept this IBAN.</translation>
        </message>
        <message>
            <source>Nomos does not know this zip code.</source>
            <translation>Nomos does not know this zip code.</translation>
        </message>
        <message>
            <source>The contract is already terminated; nothing was changed. Refresh to see its end.</source>
            <translation>The contract is already terminated; nothing was changed. Refresh to see its end.</translation>
        </message>
        <message>
            <source>Nomos needs a value here.</source>
            <translation>Nomos needs a value here.</translation>
        </message>
        <message>
            <source>Too short for Nomos.</source>
            <translation>Too short for Nomos.</translation>
        </message>
        <message>
            <source>Too long for Nomos.</source>
            <translation>Too long for Nomos.</translation>
        </message>
        <message>
            <source>Nomos does not accept it written like this.</source>
            <translation>Nomos does not accept it written like this.</translation>
        </message>
        <message>
            <source>Not one of the values Nomos accepts.</source>
            <translation>Not one of the values Nomos accepts.</translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>This connection is read-only; nothing was sent.</translation>
        </message>
        <message>
            <source>(Nomos code %1, request id %2)</source>
            <translation>(Nomos code %1, request id %2)</translation>
        </message>
        <message>
            <source>(request id %1)</source>
            <translation>(request id %1)</translation>
        </message>
        <message>
            <source>No connection to Nomos: nothing was sent. Send again when the connection is back; what you typed is kept.</source>
            <translation>No connection to Nomos: nothing was sent. Send again when the connection is back; what you typed is kept.</translation>
        </message>
        <message>
            <source>The answer got lost, and Nomos does not show the change. Sending the same change again is safe.</source>
            <translation>The answer got lost, and Nomos does not show the change. Sending the same change again is safe.</translation>
        </message>
        <message numerus="yes">
            <source>The answer got lost. Nomos was asked %n time(s) and does not have it: it was not applied, so you can send it again.</source>
            <translation>
                <numerusform>The answer got lost. Nomos was asked %n time and does not have it: it was not applied, so you can send it again.</numerusform>
                <numerusform>The answer got lost. Nomos was asked %n times and does not have it: it was not applied, so you can send it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer got lost and checking failed too: it is unknown whether Nomos applied it. Check again before sending anything.</source>
            <translation>The answer got lost and checking failed too: it is unknown whether Nomos applied it. Check again before sending anything.</translation>
        </message>
        <message>
            <source>The answer got lost, but Nomos has the change: it went through.</source>
            <translation>The answer got lost, but Nomos has the change: it went through.</translation>
        </message>
        <message>
            <source>Supply ends on %1 at 0:00 (Berlin time); the last day of supply is %2.</source>
            <translation>Supply ends on %1 at 0:00 (Berlin time); the last day of supply is %2.</translation>
        </message>
    </context>
    <context>
        <name>CareActions</name>
        <message>
            <source>Correct name…</source>
            <translation>Correct name…</translation>
        </message>
        <message>
            <source>Correct the customer's first, last or company name</source>
            <translation>Correct the customer's first, last or company name</translation>
        </message>
        <message>
            <source>Correcting a customer's name</source>
            <translation>Correcting a customer's name</translation>
        </message>
        <message>
            <source>Another change to this record is in progress.</source>
            <translation>Another change to this record is in progress.</translation>
        </message>
        <message>
            <source>Loading the record…</source>
            <translation>Loading the record…</translation>
        </message>
        <message>
            <source>Name corrected: %1</source>
            <translation>Name corrected: %1</translation>
        </message>
    </context>
    <context>
        <name>CareDialog</name>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask Nomos whether the change arrived</source>
            <translation>Ask Nomos whether the change arrived</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Please correct the marked fields.</translation>
        </message>
        <message>
            <source>Nothing changed: there is nothing to send.</source>
            <translation>Nothing changed: there is nothing to send.</translation>
        </message>
        <message>
            <source>Sending to Nomos… If the answer is lost, the form checks whether the change arrived before offering anything else.</source>
            <translation>Sending to Nomos… If the answer is lost, the form checks whether the change arrived before offering anything else.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Send again</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Nomos did not accept this: see the marked field.</source>
            <translation>Nomos did not accept this: see the marked field.</translation>
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
        <name>CohortBar</name>
        <message>
            <source>Save cohort…</source>
            <translation>Save cohort…</translation>
        </message>
        <message>
            <source>Keep these filters under a name</source>
            <translation>Keep these filters under a name</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the saved cohort</source>
            <translation>Delete the saved cohort</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Zip prefix or city</source>
            <translation>Zip prefix or city</translation>
        </message>
        <message>
            <source>Name or number</source>
            <translation>Name or number</translation>
        </message>
        <message>
            <source>Ordered between</source>
            <translation>Ordered between</translation>
        </message>
        <message>
            <source>Blocked only</source>
            <translation>Blocked only</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Blocked, or longer in the current stage than usual for it (the 90th percentile of the stays seen so far; a month until ten have been seen). Waiting for an appointment ahead is not counted.</source>
            <translation>Blocked, or longer in the current stage than usual for it (the 90th percentile of the stays seen so far; a month until ten have been seen). Waiting for an appointment ahead is not counted.</translation>
        </message>
        <message>
            <source>Moved since the last look</source>
            <translation>Moved since the last look</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>any time</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Only orders longer than this in their current stage</source>
            <translation>Only orders longer than this in their current stage</translation>
        </message>
        <message>
            <source>Cohort:</source>
            <translation>Cohort:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Provider:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Where:</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <source>In stage longer than:</source>
            <translation>In stage longer than:</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>All orders</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message numerus="yes">
            <source>Filters (%Ln)</source>
            <translation>
                <numerusform>Filters (%Ln)</numerusform>
                <numerusform>Filters (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
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
        <name>CrashDialog</name>
        <message>
            <source>Unexpected problem</source>
            <translation>Unexpected problem</translation>
        </message>
        <message>
            <source>Nomos Desk ran into an unexpected problem.</source>
            <translation>Nomos Desk ran into an unexpected problem.</translation>
        </message>
        <message>
            <source>The app keeps running and nothing you entered is lost. If this happens again, send the details to your support team: Copy details puts them on the clipboard (without secrets or personal data).</source>
            <translation>The app keeps running and nothing you entered is lost. If this happens again, send the details to your support team: Copy details puts them on the clipboard (without secrets or personal data).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) since this message appeared.</source>
            <translation>
                <numerusform>%n problem since this message appeared.</numerusform>
                <numerusform>%n problems since this message appeared.</numerusform>
            </translation>
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
        <name>CustomerDialog</name>
        <message>
            <source>Correct the customer's name</source>
            <translation>Correct the customer's name</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Customer %1 (%2). The name changes for all of the customer's contracts.</source>
            <translation>Customer %1 (%2). The name changes for all of the customer's contracts.</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Customer id</translation>
        </message>
        <message>
            <source>Correct the name of customer %1?</source>
            <translation>Correct the name of customer %1?</translation>
        </message>
        <message>
            <source>Save name</source>
            <translation>Save name</translation>
        </message>
        <message>
            <source>The name changes for all of the customer's contracts.</source>
            <translation>The name changes for all of the customer's contracts.</translation>
        </message>
        <message>
            <source>The name is corrected.</source>
            <translation>The name is corrected.</translation>
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
        <message numerus="yes">
            <source>Nomos is busy, trying again in %n second(s)…</source>
            <translation>
                <numerusform>Nomos is busy, trying again in %n second…</numerusform>
                <numerusform>Nomos is busy, trying again in %n seconds…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nomos had a problem, trying again in %n second(s)…</source>
            <translation>
                <numerusform>Nomos had a problem, trying again in %n second…</numerusform>
                <numerusform>Nomos had a problem, trying again in %n seconds…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The connection to Nomos broke off, trying again in %n second(s)…</source>
            <translation>
                <numerusform>The connection to Nomos broke off, trying again in %n second…</numerusform>
                <numerusform>The connection to Nomos broke off, trying again in %n seconds…</numerusform>
            </translation>
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
        <name>Help</name>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Diagnostic info copied: paste it into your support ticket.</source>
            <translation>Diagnostic info copied: paste it into your support ticket.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDocument</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Download again</source>
            <translation>Download again</translation>
        </message>
        <message>
            <source>Open externally</source>
            <translation>Open externally</translation>
        </message>
        <message>
            <source>Open the PDF in the system's PDF viewer</source>
            <translation>Open the PDF in the system's PDF viewer</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Download cancelled.</translation>
        </message>
        <message>
            <source>The document Nomos sent is damaged: it cannot be read as a PDF. Download it again, or ask Nomos support for the invoice's document.</source>
            <translation>The document Nomos sent is damaged: it cannot be read as a PDF. Download it again, or ask Nomos support for the invoice's document.</translation>
        </message>
        <message>
            <source>Downloading the document… %1 of %2 KB</source>
            <translation>Downloading the document… %1 of %2 KB</translation>
        </message>
        <message>
            <source>Downloading the document… %1 KB</source>
            <translation>Downloading the document… %1 KB</translation>
        </message>
        <message>
            <source>Asking Nomos for the document…</source>
            <translation>Asking Nomos for the document…</translation>
        </message>
        <message>
            <source>Nomos has no document for this invoice.</source>
            <translation>Nomos has no document for this invoice.</translation>
        </message>
        <message>
            <source>The file Nomos sent for this invoice is not a PDF. %1</source>
            <translation>The file Nomos sent for this invoice is not a PDF. %1</translation>
        </message>
        <message>
            <source>The document could not be fetched: %1</source>
            <translation>The document could not be fetched: %1</translation>
        </message>
        <message>
            <source>No program to open PDF files was found.</source>
            <translation>No program to open PDF files was found.</translation>
        </message>
        <message>
            <source>Saving the invoice document</source>
            <translation>Saving the invoice document</translation>
        </message>
        <message>
            <source>Save invoice document</source>
            <translation>Save invoice document</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the invoice document to %1.</source>
            <translation>Saved the invoice document to %1.</translation>
        </message>
        <message>
            <source>Printing the invoice document</source>
            <translation>Printing the invoice document</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFacts</name>
        <message>
            <source>Advance</source>
            <translation>Advance</translation>
        </message>
        <message>
            <source>Reversed amount</source>
            <translation>Reversed amount</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Invoice number</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Billing period</source>
            <translation>Billing period</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Invoice id</source>
            <translation>Invoice id</translation>
        </message>
        <message>
            <source>This Storno reverses invoice %1 (%2, %3).</source>
            <translation>This Storno reverses invoice %1 (%2, %3).</translation>
        </message>
        <message>
            <source>This Storno reverses invoice %1, which Nomos does not know.</source>
            <translation>This Storno reverses invoice %1, which Nomos does not know.</translation>
        </message>
        <message>
            <source>Open voided invoice</source>
            <translation>Open voided invoice</translation>
        </message>
        <message>
            <source>Voided by Storno %1, issued %2.</source>
            <translation>Voided by Storno %1, issued %2.</translation>
        </message>
        <message>
            <source>Voided; its Storno is not among the subscription's invoices.</source>
            <translation>Voided; its Storno is not among the subscription's invoices.</translation>
        </message>
        <message>
            <source>Open Storno</source>
            <translation>Open Storno</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFilters</name>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Last 3 months</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Months from … to …</source>
            <translation>Months from … to …</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLines</name>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln month</numerusform>
                <numerusform>%Ln months</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 months</translation>
        </message>
        <message>
            <source>%1 ct/kWh</source>
            <translation>%1 ct/kWh</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 per month</translation>
        </message>
    </context>
    <context>
        <name>InvoiceList</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save every invoice these filters match as a spreadsheet file</source>
            <translation>Save every invoice these filters match as a spreadsheet file</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the invoice</source>
            <translation>Double-click or press Enter to open the invoice</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>⚠ The next invoices did not load: %1</source>
            <translation>⚠ The next invoices did not load: %1</translation>
        </message>
        <message>
            <source>No invoices match these filters.</source>
            <translation>No invoices match these filters.</translation>
        </message>
        <message>
            <source>No invoices yet.</source>
            <translation>No invoices yet.</translation>
        </message>
        <message>
            <source>Loading invoices…</source>
            <translation>Loading invoices…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln invoice</numerusform>
                <numerusform>%Ln invoices</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · total %2 · usage %3</source>
            <translation>%1 · total %2 · usage %3</translation>
        </message>
        <message>
            <source>more load as you scroll</source>
            <translation>more load as you scroll</translation>
        </message>
        <message>
            <source>Exporting invoices</source>
            <translation>Exporting invoices</translation>
        </message>
        <message>
            <source>Export invoices</source>
            <translation>Export invoices</translation>
        </message>
        <message>
            <source>invoices.csv</source>
            <translation>invoices.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Cancel export</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) to %1.</source>
            <translation>
                <numerusform>Saved %Ln invoice to %1.</numerusform>
                <numerusform>Saved %Ln invoices to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceTab</name>
        <message>
            <source>Open subscription</source>
            <translation>Open subscription</translation>
        </message>
        <message>
            <source>Storno %1</source>
            <translation>Storno %1</translation>
        </message>
        <message>
            <source>Prepayment invoice %1</source>
            <translation>Prepayment invoice %1</translation>
        </message>
        <message>
            <source>Invoice %1</source>
            <translation>Invoice %1</translation>
        </message>
    </context>
    <context>
        <name>Invoices</name>
        <message>
            <source>The invoice's billing period is unreadable.</source>
            <translation>The invoice's billing period is unreadable.</translation>
        </message>
        <message>
            <source>The invoice carries no total to check.</source>
            <translation>The invoice carries no total to check.</translation>
        </message>
        <message>
            <source>The subscription lacks its plan, delivery address or meter.</source>
            <translation>The subscription lacks its plan, delivery address or meter.</translation>
        </message>
        <message>
            <source>Nomos gives prices only while a subscription is active; this one is not, so the line items cannot be rebuilt.</source>
            <translation>Nomos gives prices only while a subscription is active; this one is not, so the line items cannot be rebuilt.</translation>
        </message>
        <message>
            <source>Nomos has no usage data for this period.</source>
            <translation>Nomos has no usage data for this period.</translation>
        </message>
        <message>
            <source>Nomos has no prices for this period.</source>
            <translation>Nomos has no prices for this period.</translation>
        </message>
        <message>
            <source>Nomos refused a quote for the plan, so its monthly base fees are unknown.</source>
            <translation>Nomos refused a quote for the plan, so its monthly base fees are unknown.</translation>
        </message>
        <message>
            <source>The voided invoice cannot be found.</source>
            <translation>The voided invoice cannot be found.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Matches to the cent: the line items add up to the invoice total.</source>
            <translation>Matches to the cent: the line items add up to the invoice total.</translation>
        </message>
        <message>
            <source>Differs by %1. The meter reports its usage per month, so the energy is priced here at the month's average price; the invoice prices it over the month's hours, so this rebuild is an estimate.</source>
            <translation>Differs by %1. The meter reports its usage per month, so the energy is priced here at the month's average price; the invoice prices it over the month's hours, so this rebuild is an estimate.</translation>
        </message>
        <message>
            <source>Differs by %1, within the rounding of the quarter-hour usage figures Nomos sends.</source>
            <translation>Differs by %1, within the rounding of the quarter-hour usage figures Nomos sends.</translation>
        </message>
        <message>
            <source>Differs by %1: the invoice asks %1 more than its line items add up to.</source>
            <translation>Differs by %1: the invoice asks %1 more than its line items add up to.</translation>
        </message>
        <message>
            <source>Differs by %1: the invoice asks %1 less than its line items add up to.</source>
            <translation>Differs by %1: the invoice asks %1 less than its line items add up to.</translation>
        </message>
        <message>
            <source>The invoice states %1 of usage, Nomos's usage data %2.</source>
            <translation>The invoice states %1 of usage, Nomos's usage data %2.</translation>
        </message>
        <message>
            <source>%1 of the usage has no price in Nomos's data and is left out.</source>
            <translation>%1 of the usage has no price in Nomos's data and is left out.</translation>
        </message>
        <message>
            <source>The advance covered the period's usage exactly.</source>
            <translation>The advance covered the period's usage exactly.</translation>
        </message>
        <message>
            <source>The advance was %1 more than the usage cost: a credit at the final bill.</source>
            <translation>The advance was %1 more than the usage cost: a credit at the final bill.</translation>
        </message>
        <message>
            <source>The advance was %1 less than the usage cost: the customer owes it at the final bill.</source>
            <translation>The advance was %1 less than the usage cost: the customer owes it at the final bill.</translation>
        </message>
    </context>
    <context>
        <name>InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>Invoices of all subscriptions, newest first. Filter by status, type and billing period; click a column to sort what is loaded.</source>
            <translation>Invoices of all subscriptions, newest first. Filter by status, type and billing period; click a column to sort what is loaded.</translation>
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
        <name>KeyValueTable</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Add entry</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Remove entry</translation>
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
            <source>%1, %2</source>
            <translation>%1, %2</translation>
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
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Uncollectible</translation>
        </message>
        <message>
            <source>Usage invoice</source>
            <translation>Usage invoice</translation>
        </message>
        <message>
            <source>Prepayment invoice</source>
            <translation>Prepayment invoice</translation>
        </message>
        <message>
            <source>Storno (void)</source>
            <translation>Storno (void)</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Grid fees per kWh</source>
            <translation>Grid fees per kWh</translation>
        </message>
        <message>
            <source>Levies and taxes</source>
            <translation>Levies and taxes</translation>
        </message>
        <message>
            <source>Base fee</source>
            <translation>Base fee</translation>
        </message>
        <message>
            <source>Grid fees per month</source>
            <translation>Grid fees per month</translation>
        </message>
        <message>
            <source>Metering fee</source>
            <translation>Metering fee</translation>
        </message>
        <message>
            <source>Supplier change</source>
            <translation>Supplier change</translation>
        </message>
        <message>
            <source>Move-in</source>
            <translation>Move-in</translation>
        </message>
        <message>
            <source>Monthly fees</source>
            <translation>Monthly fees</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Metering</source>
            <translation>Metering</translation>
        </message>
    </context>
    <context>
        <name>LeadFacts</name>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>not converted yet</source>
            <translation>not converted yet</translation>
        </message>
        <message>
            <source>converted %1</source>
            <translation>converted %1</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Created by</translation>
        </message>
        <message>
            <source>Last visited</source>
            <translation>Last visited</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Converted</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
    </context>
    <context>
        <name>LeadForm</name>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>Next possible date</source>
            <translation>Next possible date</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>On a date</translation>
        </message>
        <message>
            <source>SEPA direct debit (optional)</source>
            <translation>SEPA direct debit (optional)</translation>
        </message>
        <message>
            <source>your email address</source>
            <translation>your email address</translation>
        </message>
        <message>
            <source>Who made the lead (Nomos keeps it with the lead)</source>
            <translation>Who made the lead (Nomos keeps it with the lead)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Customer type:</source>
            <translation>Customer type:</translation>
        </message>
        <message>
            <source>Company name:</source>
            <translation>Company name:</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>First name:</translation>
        </message>
        <message>
            <source>Last name:</source>
            <translation>Last name:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Email:</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Street and number:</source>
            <translation>Street and number:</translation>
        </message>
        <message>
            <source>Zip code and city:</source>
            <translation>Zip code and city:</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Yearly usage:</source>
            <translation>Yearly usage:</translation>
        </message>
        <message>
            <source>Meter type:</source>
            <translation>Meter type:</translation>
        </message>
        <message>
            <source>Meter number:</source>
            <translation>Meter number:</translation>
        </message>
        <message>
            <source>Switch and start</source>
            <translation>Switch and start</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Previous supplier:</source>
            <translation>Previous supplier:</translation>
        </message>
        <message>
            <source>Supply starts:</source>
            <translation>Supply starts:</translation>
        </message>
        <message>
            <source>IBAN:</source>
            <translation>IBAN:</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translation>Account holder:</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Metadata:</source>
            <translation>Metadata:</translation>
        </message>
        <message>
            <source>Created by:</source>
            <translation>Created by:</translation>
        </message>
        <message>
            <source>Choose a plan…</source>
            <translation>Choose a plan…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Feed-in plan: needs a smart meter (iMSys) and API version 2026-05-27.curie; the supply starts on the first of a month at least one month ahead (the earliest is %1); no previous supplier; §14a modules do not apply.</source>
            <translation>Feed-in plan: needs a smart meter (iMSys) and API version 2026-05-27.curie; the supply starts on the first of a month at least one month ahead (the earliest is %1); no previous supplier; §14a modules do not apply.</translation>
        </message>
        <message>
            <source>Base fee %1 a month.</source>
            <translation>Base fee %1 a month.</translation>
        </message>
    </context>
    <context>
        <name>LeadMetadata</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>LeadProblems</name>
        <message>
            <source>Required.</source>
            <translation>Required.</translation>
        </message>
        <message>
            <source>A German zip code has five digits.</source>
            <translation>A German zip code has five digits.</translation>
        </message>
        <message>
            <source>This is not an email address (name@example.org).</source>
            <translation>This is not an email address (name@example.org).</translation>
        </message>
        <message>
            <source>This is not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</source>
            <translation>This is not an IBAN: two letters, two check digits, then the account (a German IBAN has 22 characters).</translation>
        </message>
        <message>
            <source>The IBAN's check digits do not match: a character is mistyped.</source>
            <translation>The IBAN's check digits do not match: a character is mistyped.</translation>
        </message>
        <message>
            <source>At least %1 kWh a year.</source>
            <translation>At least %1 kWh a year.</translation>
        </message>
        <message>
            <source>The start must lie after today.</source>
            <translation>The start must lie after today.</translation>
        </message>
        <message>
            <source>Feed-in starts on the first day of a month (the earliest is %1).</source>
            <translation>Feed-in starts on the first day of a month (the earliest is %1).</translation>
        </message>
        <message>
            <source>Feed-in starts at least one month ahead: the earliest is %1.</source>
            <translation>Feed-in starts at least one month ahead: the earliest is %1.</translation>
        </message>
        <message>
            <source>A feed-in plan needs a smart meter (iMSys).</source>
            <translation>A feed-in plan needs a smart meter (iMSys).</translation>
        </message>
        <message>
            <source>Pick the previous supplier from the list that opens while you type, or leave the field empty.</source>
            <translation>Pick the previous supplier from the list that opens while you type, or leave the field empty.</translation>
        </message>
        <message>
            <source>A value needs a key.</source>
            <translation>A value needs a key.</translation>
        </message>
        <message>
            <source>The key %1 is there twice.</source>
            <translation>The key %1 is there twice.</translation>
        </message>
        <message>
            <source>The key %1 is the app's own; choose another.</source>
            <translation>The key %1 is the app's own; choose another.</translation>
        </message>
    </context>
    <context>
        <name>LeadSubmit</name>
        <message>
            <source>no answer within the time limit</source>
            <translation>no answer within the time limit</translation>
        </message>
        <message>
            <source>Nomos answered with an internal error (%1)</source>
            <translation>Nomos answered with an internal error (%1)</translation>
        </message>
        <message>
            <source>the connection broke before the answer arrived</source>
            <translation>the connection broke before the answer arrived</translation>
        </message>
        <message>
            <source>The answer got lost (%1), but Nomos has the lead: it went through once.</source>
            <translation>The answer got lost (%1), but Nomos has the lead: it went through once.</translation>
        </message>
        <message>
            <source>No answer came back (%1), and looking for the lead failed too: %2. It may exist. Check again before sending it a second time.</source>
            <translation>No answer came back (%1), and looking for the lead failed too: %2. It may exist. Check again before sending it a second time.</translation>
        </message>
        <message numerus="yes">
            <source>No answer came back (%1). The app then looked through the %2 newest leads for this submission's key %3, %n time(s) over %4 seconds: none has it, so no lead was created. You can send it again.</source>
            <translation>
                <numerusform>No answer came back (%1). The app then looked through the %2 newest leads for this submission's key %3, %n time over %4 seconds: none has it, so no lead was created. You can send it again.</numerusform>
                <numerusform>No answer came back (%1). The app then looked through the %2 newest leads for this submission's key %3, %n times over %4 seconds: none has it, so no lead was created. You can send it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>This connection is read-only; nothing was sent.</source>
            <translation>This connection is read-only; nothing was sent.</translation>
        </message>
        <message>
            <source>No connection to Nomos: the lead was not sent. Everything you typed is kept; send it again when the connection is back.</source>
            <translation>No connection to Nomos: the lead was not sent. Everything you typed is kept; send it again when the connection is back.</translation>
        </message>
        <message>
            <source>Nomos did not accept the lead; nothing was created. %1</source>
            <translation>Nomos did not accept the lead; nothing was created. %1</translation>
        </message>
        <message>
            <source>Nomos is busy (too many requests); nothing was created. Send it again in a moment.</source>
            <translation>Nomos is busy (too many requests); nothing was created. Send it again in a moment.</translation>
        </message>
        <message>
            <source>Nomos refused the lead; nothing was created. %1</source>
            <translation>Nomos refused the lead; nothing was created. %1</translation>
        </message>
        <message>
            <source>Lead created.</source>
            <translation>Lead created.</translation>
        </message>
    </context>
    <context>
        <name>LeadSubscription</name>
        <message>
            <source>Open subscription</source>
            <translation>Open subscription</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Supply start</source>
            <translation>Supply start</translation>
        </message>
    </context>
    <context>
        <name>LeadTab</name>
        <message>
            <source>Lead for %1</source>
            <translation>Lead for %1</translation>
        </message>
        <message>
            <source>Lead %1</source>
            <translation>Lead %1</translation>
        </message>
        <message>
            <source>created %1</source>
            <translation>created %1</translation>
        </message>
    </context>
    <context>
        <name>LeadsList</name>
        <message>
            <source>All leads</source>
            <translation>All leads</translation>
        </message>
        <message>
            <source>Converted</source>
            <translation>Converted</translation>
        </message>
        <message>
            <source>Not converted</source>
            <translation>Not converted</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Created by</translation>
        </message>
        <message>
            <source>Last visited</source>
            <translation>Last visited</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Open lead</translation>
        </message>
        <message>
            <source>Open subscription</source>
            <translation>Open subscription</translation>
        </message>
        <message>
            <source>Double-click a lead to open it; on “Converted”, its subscription.</source>
            <translation>Double-click a lead to open it; on “Converted”, its subscription.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Could not load leads: %1</source>
            <translation>Could not load leads: %1</translation>
        </message>
        <message>
            <source>more load as you scroll</source>
            <translation>more load as you scroll</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>no leads in this period</source>
            <translation>no leads in this period</translation>
        </message>
        <message>
            <source>all loaded</source>
            <translation>all loaded</translation>
        </message>
        <message>
            <source>%1 of %2 loaded leads shown</source>
            <translation>%1 of %2 loaded leads shown</translation>
        </message>
        <message numerus="yes">
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n lead</numerusform>
                <numerusform>%n leads</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <source>New lead</source>
            <translation>New lead</translation>
        </message>
        <message>
            <source>All leads</source>
            <translation>All leads</translation>
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
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>The line items cannot be shown: %1</source>
            <translation>The line items cannot be shown: %1</translation>
        </message>
        <message>
            <source>On the document: %1</source>
            <translation>On the document: %1</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>VAT %1 %</source>
            <translation>VAT %1 %</translation>
        </message>
        <message>
            <source>Line items as Nomos sent them with the invoice.</source>
            <translation>Line items as Nomos sent them with the invoice.</translation>
        </message>
        <message>
            <source>Reconstructed from the period's usage × prices plus the plan's monthly base fees: Nomos sends no line items for this invoice.</source>
            <translation>Reconstructed from the period's usage × prices plus the plan's monthly base fees: Nomos sends no line items for this invoice.</translation>
        </message>
        <message>
            <source>Line items total</source>
            <translation>Line items total</translation>
        </message>
        <message>
            <source>Invoice total</source>
            <translation>Invoice total</translation>
        </message>
        <message>
            <source>A prepayment (Abschlag) charges a fixed advance. Set against the period's real usage, rebuilt from usage × prices plus the plan's monthly base fees:</source>
            <translation>A prepayment (Abschlag) charges a fixed advance. Set against the period's real usage, rebuilt from usage × prices plus the plan's monthly base fees:</translation>
        </message>
        <message>
            <source>Cost of the period's usage</source>
            <translation>Cost of the period's usage</translation>
        </message>
        <message>
            <source>Advance charged</source>
            <translation>Advance charged</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>The meter reports its usage per month, so the energy is priced at the month's average price: the cost is an estimate.</source>
            <translation>The meter reports its usage per month, so the energy is priced at the month's average price: the cost is an estimate.</translation>
        </message>
        <message>
            <source>A Storno reverses an invoice: its total is the voided invoice's, negated.</source>
            <translation>A Storno reverses an invoice: its total is the voided invoice's, negated.</translation>
        </message>
        <message>
            <source>Reversal of invoice %1</source>
            <translation>Reversal of invoice %1</translation>
        </message>
        <message>
            <source>Voided invoice %1</source>
            <translation>Voided invoice %1</translation>
        </message>
        <message>
            <source>This Storno</source>
            <translation>This Storno</translation>
        </message>
        <message>
            <source>Left of the voided invoice</source>
            <translation>Left of the voided invoice</translation>
        </message>
        <message>
            <source>Reverses invoice %1 in full.</source>
            <translation>Reverses invoice %1 in full.</translation>
        </message>
        <message>
            <source>Reverses invoice %1 only in part: %2 remain.</source>
            <translation>Reverses invoice %1 only in part: %2 remain.</translation>
        </message>
    </context>
    <context>
        <name>LinkBox</name>
        <message>
            <source>The prospect opens this link and only adds their payment details</source>
            <translation>The prospect opens this link and only adds their payment details</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the checkout link to the clipboard</source>
            <translation>Copy the checkout link to the clipboard</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open the checkout in the web browser</source>
            <translation>Open the checkout in the web browser</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Opening %1</source>
            <translation>Opening %1</translation>
        </message>
        <message>
            <source>There is no %1 with the id %2.</source>
            <translation>There is no %1 with the id %2.</translation>
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
            <source>Flaky network</source>
            <translation>Flaky network</translation>
        </message>
        <message>
            <source>The sandbox answers slowly, with errors, "too many requests" and dropped connections, to watch the app cope</source>
            <translation>The sandbox answers slowly, with errors, "too many requests" and dropped connections, to watch the app cope</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Nomos documentation</source>
            <translation>Nomos documentation</translation>
        </message>
        <message>
            <source>Copy diagnostic info</source>
            <translation>Copy diagnostic info</translation>
        </message>
        <message>
            <source>Versions, system, connection (without secrets) and recent errors with their request ids, for a support ticket</source>
            <translation>Versions, system, connection (without secrets) and recent errors with their request ids, for a support ticket</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Open log folder</translation>
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
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Clear a value to remove its key. Values are saved as text; untouched ones keep their type.</source>
            <translation>Clear a value to remove its key. Values are saved as text; untouched ones keep their type.</translation>
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
        <name>Network</name>
        <message>
            <source>Enter the proxy as http://host:port (or https://host:port).</source>
            <translation>Enter the proxy as http://host:port (or https://host:port).</translation>
        </message>
        <message>
            <source>The proxy's port is not a number.</source>
            <translation>The proxy's port is not a number.</translation>
        </message>
        <message>
            <source>Leave the user name and password out: the settings file is no place for them. Ask IT for a proxy that needs none, or use the system proxy.</source>
            <translation>Leave the user name and password out: the settings file is no place for them. Ask IT for a proxy that needs none, or use the system proxy.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>There is no file %1.</translation>
        </message>
        <message>
            <source>%1 holds no certificates in PEM format.</source>
            <translation>%1 holds no certificates in PEM format.</translation>
        </message>
        <message>
            <source>The CA bundle cannot be used: %1</source>
            <translation>The CA bundle cannot be used: %1</translation>
        </message>
        <message>
            <source>The proxy setting cannot be used: %1</source>
            <translation>The proxy setting cannot be used: %1</translation>
        </message>
    </context>
    <context>
        <name>NewLead</name>
        <message>
            <source>Create lead</source>
            <translation>Create lead</translation>
        </message>
        <message>
            <source>Send the lead to Nomos and get the checkout link (Ctrl+Enter)</source>
            <translation>Send the lead to Nomos and get the checkout link (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask Nomos whether the last lead arrived</source>
            <translation>Ask Nomos whether the last lead arrived</translation>
        </message>
        <message>
            <source>New lead</source>
            <translation>New lead</translation>
        </message>
        <message>
            <source>Empty the form for the next lead (plan and “created by” stay)</source>
            <translation>Empty the form for the next lead (plan and “created by” stay)</translation>
        </message>
        <message>
            <source>Open lead</source>
            <translation>Open lead</translation>
        </message>
        <message>
            <source>Checkout link</source>
            <translation>Checkout link</translation>
        </message>
        <message>
            <source>Creating a lead</source>
            <translation>Creating a lead</translation>
        </message>
        <message>
            <source>Could not load the plans: %1 (F5 tries again)</source>
            <translation>Could not load the plans: %1 (F5 tries again)</translation>
        </message>
        <message>
            <source>Choose a plan to see the price.</source>
            <translation>Choose a plan to see the price.</translation>
        </message>
        <message>
            <source>Enter the 5-digit zip code to see the price.</source>
            <translation>Enter the 5-digit zip code to see the price.</translation>
        </message>
        <message>
            <source>Enter the yearly usage (at least 100 kWh) to see the price.</source>
            <translation>Enter the yearly usage (at least 100 kWh) to see the price.</translation>
        </message>
        <message>
            <source>Nomos quotes up to %1 kWh a year; the lead can still be created.</source>
            <translation>Nomos quotes up to %1 kWh a year; the lead can still be created.</translation>
        </message>
        <message>
            <source>The lead is on its way to Nomos.</source>
            <translation>The lead is on its way to Nomos.</translation>
        </message>
        <message>
            <source>Looking whether the last lead arrived…</source>
            <translation>Looking whether the last lead arrived…</translation>
        </message>
        <message>
            <source>This lead has been created. “New lead” empties the form for the next one.</source>
            <translation>This lead has been created. “New lead” empties the form for the next one.</translation>
        </message>
        <message>
            <source>First find out whether the last lead arrived (Check again).</source>
            <translation>First find out whether the last lead arrived (Check again).</translation>
        </message>
        <message>
            <source>Leads for feed-in plans need API version %1; this profile uses %2.</source>
            <translation>Leads for feed-in plans need API version %1; this profile uses %2.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Send again</translation>
        </message>
        <message>
            <source>Read-only sign-in: creating leads needs a profile with write access (write:*).</source>
            <translation>Read-only sign-in: creating leads needs a profile with write access (write:*).</translation>
        </message>
        <message>
            <source>Sending the lead to Nomos…</source>
            <translation>Sending the lead to Nomos…</translation>
        </message>
        <message>
            <source>No answer from Nomos. Looking for the lead among the newest leads (look %1)…</source>
            <translation>No answer from Nomos. Looking for the lead among the newest leads (look %1)…</translation>
        </message>
        <message>
            <source>Looking for the lead</source>
            <translation>Looking for the lead</translation>
        </message>
        <message>
            <source>The IBAN is never saved with the draft: ask for it again.</source>
            <translation>The IBAN is never saved with the draft: ask for it again.</translation>
        </message>
        <message>
            <source>The app closed before the last lead's answer arrived. Looking for it…</source>
            <translation>The app closed before the last lead's answer arrived. Looking for it…</translation>
        </message>
        <message numerus="yes">
            <source>%n input(s) need a look before the lead can be sent.</source>
            <translation>
                <numerusform>%n input need a look before the lead can be sent.</numerusform>
                <numerusform>%n inputs need a look before the lead can be sent.</numerusform>
            </translation>
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
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Meter orders</source>
            <translation>Meter orders</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Page width fills the view</source>
            <translation>Page width fills the view</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>A whole page fits the view</source>
            <translation>A whole page fits the view</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Show or hide page thumbnails</source>
            <translation>Show or hide page thumbnails</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>Find in document</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>no match</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
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
        <name>QuotePanel</name>
        <message>
            <source>Live quote</source>
            <translation>Live quote</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>A grid fee reduction for a controllable device (heat pump, wallbox); consumption plans only</source>
            <translation>A grid fee reduction for a controllable device (heat pump, wallbox); consumption plans only</translation>
        </message>
        <message>
            <source>Tax-exempt (§19 UStG)</source>
            <translation>Tax-exempt (§19 UStG)</translation>
        </message>
        <message>
            <source>A small business exempt from VAT: feed-in payouts are quoted without VAT</source>
            <translation>A small business exempt from VAT: feed-in payouts are quoted without VAT</translation>
        </message>
        <message>
            <source>§14a EnWG:</source>
            <translation>§14a EnWG:</translation>
        </message>
        <message>
            <source>Choose a plan to see the price.</source>
            <translation>Choose a plan to see the price.</translation>
        </message>
        <message>
            <source>Updating the quote…</source>
            <translation>Updating the quote…</translation>
        </message>
        <message>
            <source>No quote: %1</source>
            <translation>No quote: %1</translation>
        </message>
        <message>
            <source>Payout per month after the base fee, without VAT</source>
            <translation>Payout per month after the base fee, without VAT</translation>
        </message>
        <message>
            <source>Payout per month after the base fee, incl. VAT</source>
            <translation>Payout per month after the base fee, incl. VAT</translation>
        </message>
        <message>
            <source>Per month, incl. VAT, for %1 a year</source>
            <translation>Per month, incl. VAT, for %1 a year</translation>
        </message>
        <message>
            <source>Includes a discount “%1” of %2 a month</source>
            <translation>Includes a discount “%1” of %2 a month</translation>
        </message>
        <message>
            <source>Quoted at %1 by Nomos.</source>
            <translation>Quoted at %1 by Nomos.</translation>
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
        <name>ReductionDialog</name>
        <message>
            <source>A flat reduction of the grid fees each year for a controllable device such as a heat pump or wallbox; no extra meter needed.</source>
            <translation>A flat reduction of the grid fees each year for a controllable device such as a heat pump or wallbox; no extra meter needed.</translation>
        </message>
        <message>
            <source>A percentage reduction of the grid fee per kWh for a device with its own meter; instead of module 1.</source>
            <translation>A percentage reduction of the grid fee per kWh for a device with its own meter; instead of module 1.</translation>
        </message>
        <message>
            <source>Time-variable grid fees on top of module 1, cheaper in quiet hours; needs a smart meter (installed or ordered).</source>
            <translation>Time-variable grid fees on top of module 1, cheaper in quiet hours; needs a smart meter (installed or ordered).</translation>
        </message>
        <message>
            <source>Nomos keeps the request and submits it to the grid operator once the contract is confirmed.</source>
            <translation>Nomos keeps the request and submits it to the grid operator once the contract is confirmed.</translation>
        </message>
        <message>
            <source>Nomos has submitted it to the grid operator.</source>
            <translation>Nomos has submitted it to the grid operator.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>§14a EnWG grid fee reduction</source>
            <translation>§14a EnWG grid fee reduction</translation>
        </message>
        <message>
            <source>Request…</source>
            <translation>Request…</translation>
        </message>
        <message>
            <source>Contract %1 of %2. A controllable device (heat pump, wallbox, battery, air conditioning) pays lower grid fees in return for letting the grid operator dim it when the grid is under strain.</source>
            <translation>Contract %1 of %2. A controllable device (heat pump, wallbox, battery, air conditioning) pays lower grid fees in return for letting the grid operator dim it when the grid is under strain.</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>No module can be requested for this contract now.</source>
            <translation>No module can be requested for this contract now.</translation>
        </message>
        <message>
            <source>Status after the request: %1</source>
            <translation>Status after the request: %1</translation>
        </message>
        <message>
            <source>Already in place (%1).</source>
            <translation>Already in place (%1).</translation>
        </message>
        <message>
            <source>Not with module %1, which is in place.</source>
            <translation>Not with module %1, which is in place.</translation>
        </message>
        <message>
            <source>This contract has no smart meter, installed or ordered.</source>
            <translation>This contract has no smart meter, installed or ordered.</translation>
        </message>
        <message>
            <source>Choose a module.</source>
            <translation>Choose a module.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Request a §14a EnWG grid fee reduction for this contract?</source>
            <translation>Request a §14a EnWG grid fee reduction for this contract?</translation>
        </message>
        <message>
            <source>Request reduction</source>
            <translation>Request reduction</translation>
        </message>
        <message>
            <source>Requested. Status: %1</source>
            <translation>Requested. Status: %1</translation>
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
        <message>
            <source>No connection to Nomos. The sync goes on where it stopped as soon as it is back.</source>
            <translation>No connection to Nomos. The sync goes on where it stopped as soon as it is back.</translation>
        </message>
        <message>
            <source>Nomos has not answered for a while. The sync goes on where it stopped at %1.</source>
            <translation>Nomos has not answered for a while. The sync goes on where it stopped at %1.</translation>
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
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>No invoices for this subscription yet.</source>
            <translation>No invoices for this subscription yet.</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Line items</source>
            <translation>Line items</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Checkout link</source>
            <translation>Checkout link</translation>
        </message>
        <message>
            <source>Nomos sent no link for this lead.</source>
            <translation>Nomos sent no link for this lead.</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <source>Not converted yet: the prospect has not finished the checkout.</source>
            <translation>Not converted yet: the prospect has not finished the checkout.</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <source>This lead carries no metadata.</source>
            <translation>This lead carries no metadata.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
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
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>System uses the operating system's proxy settings (and HTTPS_PROXY); the demo sandbox is always reached directly. Applies at the next sign-in.</source>
            <translation>System uses the operating system's proxy settings (and HTTPS_PROXY); the demo sandbox is always reached directly. Applies at the next sign-in.</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>System proxy</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>No proxy</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Proxy URL</source>
            <translation>Proxy URL</translation>
        </message>
        <message>
            <source>For a manual proxy, e.g. http://proxy.example.com:3128. No password here: it would be stored in a plain settings file.</source>
            <translation>For a manual proxy, e.g. http://proxy.example.com:3128. No password here: it would be stored in a plain settings file.</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA certificates</translation>
        </message>
        <message>
            <source>Where IT inspects TLS: a PEM file with your organisation's CA certificates, trusted in addition to the usual ones. Certificates are always checked. Applies at the next sign-in.</source>
            <translation>Where IT inspects TLS: a PEM file with your organisation's CA certificates, trusted in addition to the usual ones. Certificates are always checked. Applies at the next sign-in.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Storage</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>System proxy now</source>
            <translation>System proxy now</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA certificates</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <source>%1 (for https)</source>
            <translation>%1 (for https)</translation>
        </message>
        <message>
            <source>none: connections go directly</source>
            <translation>none: connections go directly</translation>
        </message>
        <message>
            <source>Copies of what Nomos sent, kept to save requests. Clearing them is safe: they are fetched again when needed. The search index, open tabs and settings stay.</source>
            <translation>Copies of what Nomos sent, kept to save requests. Clearing them is safe: they are fetched again when needed. The search index, open tabs and settings stay.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Clear caches</source>
            <translation>Clear caches</translation>
        </message>
        <message>
            <source>Cleared %1.</source>
            <translation>Cleared %1.</translation>
        </message>
        <message>
            <source>Signed in with</source>
            <translation>Signed in with</translation>
        </message>
        <message>
            <source>%1 · client %2</source>
            <translation>%1 · client %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Saved profiles</source>
            <translation>Saved profiles</translation>
        </message>
        <message>
            <source>Switch or edit profiles…</source>
            <translation>Switch or edit profiles…</translation>
        </message>
        <message>
            <source>Profiles are added, edited and deleted in the sign-in window; their secrets stay in the operating system's keyring.</source>
            <translation>Profiles are added, edited and deleted in the sign-in window; their secrets stay in the operating system's keyring.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
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
            <source>Network settings…</source>
            <translation>Network settings…</translation>
        </message>
        <message>
            <source>Proxy and CA certificates for this computer</source>
            <translation>Proxy and CA certificates for this computer</translation>
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
            <source>Flaky on purpose</source>
            <translation>Flaky on purpose</translation>
        </message>
        <message>
            <source>The network is deliberately flaky: the demo sandbox answers slowly and now and then with an error, "too many requests" or a dropped connection (Sandbox menu). The app retries and carries on.</source>
            <translation>The network is deliberately flaky: the demo sandbox answers slowly and now and then with an error, "too many requests" or a dropped connection (Sandbox menu). The app retries and carries on.</translation>
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
        <name>SubscriptionCare</name>
        <message>
            <source>Billing and payment…</source>
            <translation>Billing and payment…</translation>
        </message>
        <message>
            <source>Change the billing address, the SEPA direct debit or the metadata</source>
            <translation>Change the billing address, the SEPA direct debit or the metadata</translation>
        </message>
        <message>
            <source>Changing billing and payment</source>
            <translation>Changing billing and payment</translation>
        </message>
        <message>
            <source>Terminate…</source>
            <translation>Terminate…</translation>
        </message>
        <message>
            <source>Ordinary termination, move-out or withdrawal</source>
            <translation>Ordinary termination, move-out or withdrawal</translation>
        </message>
        <message>
            <source>Terminating a contract</source>
            <translation>Terminating a contract</translation>
        </message>
        <message>
            <source>§14a reduction…</source>
            <translation>§14a reduction…</translation>
        </message>
        <message>
            <source>Request a §14a EnWG grid fee reduction (module 1, 2 or 3)</source>
            <translation>Request a §14a EnWG grid fee reduction (module 1, 2 or 3)</translation>
        </message>
        <message>
            <source>Requesting a §14a grid fee reduction</source>
            <translation>Requesting a §14a grid fee reduction</translation>
        </message>
        <message>
            <source>Nomos did not send this contract's customer.</source>
            <translation>Nomos did not send this contract's customer.</translation>
        </message>
        <message>
            <source>Feed-in contracts pay no grid fees: §14a reductions do not apply.</source>
            <translation>Feed-in contracts pay no grid fees: §14a reductions do not apply.</translation>
        </message>
        <message>
            <source>The contract has ended.</source>
            <translation>The contract has ended.</translation>
        </message>
        <message>
            <source>The contract is already terminated: %1</source>
            <translation>The contract is already terminated: %1</translation>
        </message>
        <message>
            <source>Billing and payment saved for %1.</source>
            <translation>Billing and payment saved for %1.</translation>
        </message>
        <message>
            <source>§14a grid fee reduction requested.</source>
            <translation>§14a grid fee reduction requested.</translation>
        </message>
        <message>
            <source>Contract %1 terminated.</source>
            <translation>Contract %1 terminated.</translation>
        </message>
    </context>
    <context>
        <name>SupplierPicker</name>
        <message>
            <source>Type part of the name, then pick from the list</source>
            <translation>Type part of the name, then pick from the list</translation>
        </message>
        <message>
            <source>Picked.</source>
            <translation>Picked.</translation>
        </message>
        <message>
            <source>Picked: %1</source>
            <translation>Picked: %1</translation>
        </message>
        <message>
            <source>Looking up suppliers…</source>
            <translation>Looking up suppliers…</translation>
        </message>
        <message>
            <source>No supplier's name contains “%1”.</source>
            <translation>No supplier's name contains “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%n supplier(s) found: pick one from the list.</source>
            <translation>
                <numerusform>%n supplier found: pick one from the list.</numerusform>
                <numerusform>%n suppliers found: pick one from the list.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not look up suppliers: %1</source>
            <translation>Could not look up suppliers: %1</translation>
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
        <name>TerminationDialog</name>
        <message>
            <source>Terminate contract</source>
            <translation>Terminate contract</translation>
        </message>
        <message>
            <source>Terminate…</source>
            <translation>Terminate…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Ordinary termination</source>
            <translation>Ordinary termination</translation>
        </message>
        <message>
            <source>The plan's cancellation period applies, or a later end the customer asks for.</source>
            <translation>The plan's cancellation period applies, or a later end the customer asks for.</translation>
        </message>
        <message>
            <source>Move-out</source>
            <translation>Move-out</translation>
        </message>
        <message>
            <source>Special termination on moving out: the end date is required and has to leave the grid operator a few working days' notice.</source>
            <translation>Special termination on moving out: the end date is required and has to leave the grid operator a few working days' notice.</translation>
        </message>
        <message>
            <source>Withdrawal (Widerruf)</source>
            <translation>Withdrawal (Widerruf)</translation>
        </message>
        <message>
            <source>Within 14 days of the contract confirmation. Nomos sets the end from the grid operator's notice, not before supply starts.</source>
            <translation>Within 14 days of the contract confirmation. Nomos sets the end from the grid operator's notice, not before supply starts.</translation>
        </message>
        <message>
            <source>End of the contract</source>
            <translation>End of the contract</translation>
        </message>
        <message>
            <source>At the end of the plan's cancellation period (Nomos sets the date)</source>
            <translation>At the end of the plan's cancellation period (Nomos sets the date)</translation>
        </message>
        <message>
            <source>On a chosen day:</source>
            <translation>On a chosen day:</translation>
        </message>
        <message>
            <source>Contract ends on (0:00):</source>
            <translation>Contract ends on (0:00):</translation>
        </message>
        <message>
            <source>Supply has not started yet: a pending contract can only be withdrawn.</source>
            <translation>Supply has not started yet: a pending contract can only be withdrawn.</translation>
        </message>
        <message>
            <source>Nomos sets the end from the plan's cancellation period; the result shows it.</source>
            <translation>Nomos sets the end from the plan's cancellation period; the result shows it.</translation>
        </message>
        <message>
            <source>The grid operator needs a few working days' notice: the earliest end is usually %1.</source>
            <translation>The grid operator needs a few working days' notice: the earliest end is usually %1.</translation>
        </message>
        <message>
            <source>The contract was signed on %1; counted from then, the withdrawal period ends on %2.</source>
            <translation>The contract was signed on %1; counted from then, the withdrawal period ends on %2.</translation>
        </message>
        <message>
            <source>That has passed: Nomos refuses a withdrawal unless the contract was confirmed later.</source>
            <translation>That has passed: Nomos refuses a withdrawal unless the contract was confirmed later.</translation>
        </message>
        <message>
            <source>%1 (meter %2)</source>
            <translation>%1 (meter %2)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Supply address</source>
            <translation>Supply address</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Supply ends</source>
            <translation>Supply ends</translation>
        </message>
        <message>
            <source>%1 at 0:00 (Berlin time)</source>
            <translation>%1 at 0:00 (Berlin time)</translation>
        </message>
        <message>
            <source>Last day of supply</source>
            <translation>Last day of supply</translation>
        </message>
        <message>
            <source>at the end of the plan's cancellation period; Nomos sets the date</source>
            <translation>at the end of the plan's cancellation period; Nomos sets the date</translation>
        </message>
        <message>
            <source>as Nomos sets it from the grid operator's notice</source>
            <translation>as Nomos sets it from the grid operator's notice</translation>
        </message>
        <message>
            <source>Terminate this contract?</source>
            <translation>Terminate this contract?</translation>
        </message>
        <message>
            <source>A termination cannot be taken back here.</source>
            <translation>A termination cannot be taken back here.</translation>
        </message>
        <message>
            <source>The contract is terminated. The end date shows in the contract.</source>
            <translation>The contract is terminated. The end date shows in the contract.</translation>
        </message>
        <message>
            <source>The contract is terminated. %1</source>
            <translation>The contract is terminated. %1</translation>
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
            <source>Feed-in &amp;&amp; prices</source>
            <translation>Feed-in &amp;&amp; prices</translation>
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
