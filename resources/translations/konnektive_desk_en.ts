<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AllPagesPanel</name>
    <message>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>Send page 1, then fetch the remaining pages a few at a time and show all rows as one reply. The profile sets how many pages are fetched at once.</source>
        <translation>Send page 1, then fetch the remaining pages a few at a time and show all rows as one reply. The profile sets how many pages are fetched at once.</translation>
    </message>
    <message>
        <source>The query matches %1 rows on %2 pages, more than the %3 pages or %4 rows fetched without asking. Fetch all of them?

No fetches only the pages within that limit.</source>
        <translation>The query matches %1 rows on %2 pages, more than the %3 pages or %4 rows fetched without asking. Fetch all of them?

No fetches only the pages within that limit.</translation>
    </message>
    <message>
        <source>Fetch all pages?</source>
        <translation>Fetch all pages?</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>All pages: %1 of %2 fetched, %3.</source>
        <translation>All pages: %1 of %2 fetched, %3.</translation>
    </message>
</context>
<context>
    <name>ApiMessages</name>
    <message>
        <source>The server replied to %1 with HTTP status %2.</source>
        <translation>The server replied to %1 with HTTP status %2.</translation>
    </message>
    <message>
        <source>The server sent a redirect, which API calls do not follow. Check the base URL in the profile: it should start with https:// and name the API host.</source>
        <translation>The server sent a redirect, which API calls do not follow. Check the base URL in the profile: it should start with https:// and name the API host.</translation>
    </message>
    <message>
        <source>The server or a firewall in front of it rejected the request. Check the base URL, and check that this computer&apos;s IP address is on the API user&apos;s allow-list.</source>
        <translation>The server or a firewall in front of it rejected the request. Check the base URL, and check that this computer&apos;s IP address is on the API user&apos;s allow-list.</translation>
    </message>
    <message>
        <source>Check the path and the base URL in the profile, then send again.</source>
        <translation>Check the path and the base URL in the profile, then send again.</translation>
    </message>
    <message>
        <source>The server is limiting the request rate. Wait a minute before sending again.</source>
        <translation>The server is limiting the request rate. Wait a minute before sending again.</translation>
    </message>
    <message>
        <source>The server or a gateway in front of it failed. Wait a moment and send again. The reply body below may say more.</source>
        <translation>The server or a gateway in front of it failed. Wait a moment and send again. The reply body below may say more.</translation>
    </message>
    <message>
        <source>Check the path, the base URL and the parameters, then send again.</source>
        <translation>Check the path, the base URL and the parameters, then send again.</translation>
    </message>
    <message>
        <source>The server sent an empty reply to %1.</source>
        <translation>The server sent an empty reply to %1.</translation>
    </message>
    <message>
        <source>Send the request again. If the reply stays empty, check the path, because an unknown path can return an empty page.</source>
        <translation>Send the request again. If the reply stays empty, check the path, because an unknown path can return an empty page.</translation>
    </message>
    <message>
        <source>The reply to %1 ends in the middle of the JSON data.</source>
        <translation>The reply to %1 ends in the middle of the JSON data.</translation>
    </message>
    <message>
        <source>The connection was probably cut short. Send the request again. For large queries, lower resultsPerPage.</source>
        <translation>The connection was probably cut short. Send the request again. For large queries, lower resultsPerPage.</translation>
    </message>
    <message>
        <source>The server put PHP warning text in front of the JSON reply to %1.</source>
        <translation>The server put PHP warning text in front of the JSON reply to %1.</translation>
    </message>
    <message>
        <source>The data below was read from the JSON part and may be incomplete. The warning comes from the server; if it keeps appearing, send its text to the CRM&apos;s support.</source>
        <translation>The data below was read from the JSON part and may be incomplete. The warning comes from the server; if it keeps appearing, send its text to the CRM&apos;s support.</translation>
    </message>
    <message>
        <source>The reply to %1 is neither JSON nor XML.</source>
        <translation>The reply to %1 is neither JSON nor XML.</translation>
    </message>
    <message>
        <source>The raw reply is shown as text. An HTML page usually means that the base URL or the path is wrong, or that a proxy answered instead of the API.</source>
        <translation>The raw reply is shown as text. An HTML page usually means that the base URL or the path is wrong, or that a proxy answered instead of the API.</translation>
    </message>
    <message>
        <source>The data is shown as received. Check the path, because it may not be an API endpoint.</source>
        <translation>The data is shown as received. Check the path, because it may not be an API endpoint.</translation>
    </message>
    <message>
        <source>The reply to %1 has no result field.</source>
        <translation>The reply to %1 has no result field.</translation>
    </message>
    <message>
        <source>The reply to %1 has the unknown result value %2.</source>
        <translation>The reply to %1 has the unknown result value %2.</translation>
    </message>
    <message>
        <source>The CRM rejected the request because this computer&apos;s IP address is not on the API user&apos;s allow-list.</source>
        <translation>The CRM rejected the request because this computer&apos;s IP address is not on the API user&apos;s allow-list.</translation>
    </message>
    <message>
        <source>Add this computer&apos;s public IP address to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</source>
        <translation>Add this computer&apos;s public IP address to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</translation>
    </message>
    <message>
        <source>The CRM rejected the request because IP %1 is not on the API user&apos;s allow-list.</source>
        <translation>The CRM rejected the request because IP %1 is not on the API user&apos;s allow-list.</translation>
    </message>
    <message>
        <source>Add %1 to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</source>
        <translation>Add %1 to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</translation>
    </message>
    <message>
        <source>The CRM rejected the loginId or the password.</source>
        <translation>The CRM rejected the loginId or the password.</translation>
    </message>
    <message>
        <source>Check the loginId and the password in the profile. Do not send again and again with the same values, because repeated failed logins can lock the API user.</source>
        <translation>Check the loginId and the password in the profile. Do not send again and again with the same values, because repeated failed logins can lock the API user.</translation>
    </message>
    <message>
        <source>The API user is not allowed to call %1.</source>
        <translation>The API user is not allowed to call %1.</translation>
    </message>
    <message>
        <source>In the CRM, tick %1 in the API user&apos;s Access Details (Admin → Users → API user), then send the request again.</source>
        <translation>In the CRM, tick %1 in the API user&apos;s Access Details (Admin → Users → API user), then send the request again.</translation>
    </message>
    <message>
        <source>The CRM returned an error for %1.</source>
        <translation>The CRM returned an error for %1.</translation>
    </message>
    <message>
        <source>Read the server message below, correct the parameters it names, then send again.</source>
        <translation>Read the server message below, correct the parameters it names, then send again.</translation>
    </message>
    <message>
        <source>No records match these parameters on %1.</source>
        <translation>No records match these parameters on %1.</translation>
    </message>
    <message>
        <source>Widen the filters, for example the date range, and send again.</source>
        <translation>Widen the filters, for example the date range, and send again.</translation>
    </message>
    <message>
        <source>The CRM asks for a redirect step, such as 3-D Secure authentication, to finish %1.</source>
        <translation>The CRM asks for a redirect step, such as 3-D Secure authentication, to finish %1.</translation>
    </message>
    <message>
        <source>The reply has no redirect URL. Check the order in the CRM.</source>
        <translation>The reply has no redirect URL. Check the order in the CRM.</translation>
    </message>
    <message>
        <source>Open %2 in a browser to finish the step, then check the order in the CRM.</source>
        <translation>Open %2 in a browser to finish the step, then check the order in the CRM.</translation>
    </message>
    <message>
        <source>Nothing was sent to the server.</source>
        <translation>Nothing was sent to the server.</translation>
    </message>
    <message>
        <source>The server had already received the request. If it changes data, check in the CRM whether it was carried out before sending it again.</source>
        <translation>The server had already received the request. If it changes data, check in the CRM whether it was carried out before sending it again.</translation>
    </message>
    <message>
        <source>The path %1 is not valid.</source>
        <translation>The path %1 is not valid.</translation>
    </message>
    <message>
        <source>Type a path such as /order/query/, without the host, a query string or spaces. Put the parameters in the parameter list.</source>
        <translation>Type a path such as /order/query/, without the host, a query string or spaces. Put the parameters in the parameter list.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Could not connect to %1.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile and the network connection. A firewall or a proxy may block the host.</source>
        <translation>Check the base URL in the profile and the network connection. A firewall or a proxy may block the host.</translation>
    </message>
    <message>
        <source>No reply from %1 within %2 seconds.</source>
        <translation>No reply from %1 within %2 seconds.</translation>
    </message>
    <message>
        <source>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again. For large queries, lower resultsPerPage.</source>
        <translation>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again. For large queries, lower resultsPerPage.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the reply was complete.</source>
        <translation>The connection to %1 closed before the reply was complete.</translation>
    </message>
    <message>
        <source>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again.</source>
        <translation>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed.</source>
        <translation>The secure connection (TLS) to %1 failed.</translation>
    </message>
    <message>
        <source>Check that the base URL names the right host and that this computer&apos;s date and time are correct. A proxy that inspects HTTPS traffic can also cause this.</source>
        <translation>Check that the base URL names the right host and that this computer&apos;s date and time are correct. A proxy that inspects HTTPS traffic can also cause this.</translation>
    </message>
    <message>
        <source>The request to %1 could not be built.</source>
        <translation>The request to %1 could not be built.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile. It must start with https:// followed by a host name, for example https://api.konnektive.com.</source>
        <translation>Check the base URL in the profile. It must start with https:// followed by a host name, for example https://api.konnektive.com.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Page %1 returned %2 rows instead of %3, so the walk stopped there. %4 rows were kept.</source>
        <translation>Page %1 returned %2 rows instead of %3, so the walk stopped there. %4 rows were kept.</translation>
    </message>
    <message>
        <source>Page %1 failed, so the walk stopped there. %2 rows were kept.</source>
        <translation>Page %1 failed, so the walk stopped there. %2 rows were kept.</translation>
    </message>
    <message>
        <source>Page %1 is not a page of results, so the walk stopped there. %2 rows were kept.</source>
        <translation>Page %1 is not a page of results, so the walk stopped there. %2 rows were kept.</translation>
    </message>
    <message>
        <source>Stopped at the cap of %1 pages: %2 of %3 rows were fetched.</source>
        <translation>Stopped at the cap of %1 pages: %2 of %3 rows were fetched.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 pages. %3 rows were kept.</source>
        <translation>Cancelled after %1 of %2 pages. %3 rows were kept.</translation>
    </message>
    <message>
        <source>The total changed from %1 to %2 rows during the walk, so rows may be missing or repeated.</source>
        <translation>The total changed from %1 to %2 rows during the walk, so rows may be missing or repeated.</translation>
    </message>
    <message>
        <source>The reply has no totalResults, so only page 1 was fetched.</source>
        <translation>The reply has no totalResults, so only page 1 was fetched.</translation>
    </message>
    <message>
        <source>API key as issuer (iss)</source>
        <translation>API key as issuer (iss)</translation>
    </message>
    <message>
        <source>API key as issuer (iss) and audience (aud)</source>
        <translation>API key as issuer (iss) and audience (aud)</translation>
    </message>
    <message>
        <source>Fixed issuer 3dsintegrator_Authentication_Server, API key as audience</source>
        <translation>Fixed issuer 3dsintegrator_Authentication_Server, API key as audience</translation>
    </message>
    <message>
        <source>Fixed issuer 3dsinetegrator_Authentication_Server, API key as audience</source>
        <translation>Fixed issuer 3dsinetegrator_Authentication_Server, API key as audience</translation>
    </message>
    <message>
        <source>PAAY has no 3-D Secure result for %1 yet.</source>
        <translation>PAAY has no 3-D Secure result for %1 yet.</translation>
    </message>
    <message>
        <source>PAAY returns this reply while the cardholder&apos;s challenge is open, after a challenge was abandoned, and for an unknown transaction ID. Check that the ID is PAAY&apos;s transactionId and not the dsTransId, then fetch the result again later.</source>
        <translation>PAAY returns this reply while the cardholder&apos;s challenge is open, after a challenge was abandoned, and for an unknown transaction ID. Check that the ID is PAAY&apos;s transactionId and not the dsTransId, then fetch the result again later.</translation>
    </message>
    <message>
        <source>PAAY rejected the API key or the signed token (HTTP %1).</source>
        <translation>PAAY rejected the API key or the signed token (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the PAAY API key and secret in the profile, and try another JWT claim layout. Sandbox and production keys are different.</source>
        <translation>Check the PAAY API key and secret in the profile, and try another JWT claim layout. Sandbox and production keys are different.</translation>
    </message>
    <message>
        <source>PAAY rejected the request, and this computer&apos;s clock is %1 seconds behind the server&apos;s clock.</source>
        <translation>PAAY rejected the request, and this computer&apos;s clock is %1 seconds behind the server&apos;s clock.</translation>
    </message>
    <message>
        <source>PAAY rejected the request, and this computer&apos;s clock is %1 seconds ahead of the server&apos;s clock.</source>
        <translation>PAAY rejected the request, and this computer&apos;s clock is %1 seconds ahead of the server&apos;s clock.</translation>
    </message>
    <message>
        <source>Tokens are stamped with this computer&apos;s time, so PAAY sees them as expired or not yet valid. Set the date and time to update automatically from the network, then send again.</source>
        <translation>Tokens are stamped with this computer&apos;s time, so PAAY sees them as expired or not yet valid. Set the date and time to update automatically from the network, then send again.</translation>
    </message>
    <message>
        <source>The value of %1 cannot be sent to PAAY.</source>
        <translation>The value of %1 cannot be sent to PAAY.</translation>
    </message>
    <message>
        <source>Amounts need a number such as 29.95, yes/no fields need 1 or 0, and the transaction ID must not be empty. A name cannot be both a value and a group such as browser.</source>
        <translation>Amounts need a number such as 29.95, yes/no fields need 1 or 0, and the transaction ID must not be empty. A name cannot be both a value and a group such as browser.</translation>
    </message>
    <message>
        <source>Y: the cardholder was authenticated, without a challenge or after a successful one.</source>
        <translation>Y: the cardholder was authenticated, without a challenge or after a successful one.</translation>
    </message>
    <message>
        <source>A: authentication was attempted but not completed; the issuer or the card scheme recorded the attempt.</source>
        <translation>A: authentication was attempted but not completed; the issuer or the card scheme recorded the attempt.</translation>
    </message>
    <message>
        <source>N: authentication failed or the account could not be verified.</source>
        <translation>N: authentication failed or the account could not be verified.</translation>
    </message>
    <message>
        <source>U: authentication could not be performed because of a technical problem, for example the issuer&apos;s server was down or the card is not enrolled.</source>
        <translation>U: authentication could not be performed because of a technical problem, for example the issuer&apos;s server was down or the card is not enrolled.</translation>
    </message>
    <message>
        <source>R: the issuer rejected authentication and asks that no authorization be attempted.</source>
        <translation>R: the issuer rejected authentication and asks that no authorization be attempted.</translation>
    </message>
    <message>
        <source>C: a challenge was required and is not finished; the cardholder had to confirm in the browser.</source>
        <translation>C: a challenge was required and is not finished; the cardholder had to confirm in the browser.</translation>
    </message>
    <message>
        <source>D: a decoupled challenge was required and is not finished; the cardholder had to confirm in the bank&apos;s app.</source>
        <translation>D: a decoupled challenge was required and is not finished; the cardholder had to confirm in the bank&apos;s app.</translation>
    </message>
    <message>
        <source>I: informational only; the issuer noted the merchant&apos;s preference and no authentication took place.</source>
        <translation>I: informational only; the issuer noted the merchant&apos;s preference and no authentication took place.</translation>
    </message>
    <message>
        <source>%1: not a known 3-D Secure status.</source>
        <translation>%1: not a known 3-D Secure status.</translation>
    </message>
    <message>
        <source>The result has no 3-D Secure status.</source>
        <translation>The result has no 3-D Secure status.</translation>
    </message>
    <message>
        <source>PAAY has no result yet: the challenge is still open or was abandoned.</source>
        <translation>PAAY has no result yet: the challenge is still open or was abandoned.</translation>
    </message>
    <message>
        <source>The PAAY lookup failed (%1), so the 3-D Secure result is not known.</source>
        <translation>The PAAY lookup failed (%1), so the 3-D Secure result is not known.</translation>
    </message>
    <message>
        <source>No 3-D Secure data was found on this transaction.</source>
        <translation>No 3-D Secure data was found on this transaction.</translation>
    </message>
    <message>
        <source>ECI 05 on %1: fully authenticated.</source>
        <translation>ECI 05 on %1: fully authenticated.</translation>
    </message>
    <message>
        <source>ECI 06 on %1: authentication attempted.</source>
        <translation>ECI 06 on %1: authentication attempted.</translation>
    </message>
    <message>
        <source>ECI 07 on %1: not authenticated, a plain e-commerce transaction.</source>
        <translation>ECI 07 on %1: not authenticated, a plain e-commerce transaction.</translation>
    </message>
    <message>
        <source>ECI 02 on %1: fully authenticated.</source>
        <translation>ECI 02 on %1: fully authenticated.</translation>
    </message>
    <message>
        <source>ECI 01 on %1: authentication attempted.</source>
        <translation>ECI 01 on %1: authentication attempted.</translation>
    </message>
    <message>
        <source>ECI 00 on %1: not authenticated or not attempted.</source>
        <translation>ECI 00 on %1: not authenticated or not attempted.</translation>
    </message>
    <message>
        <source>ECI 04 on %1: data only, no authentication.</source>
        <translation>ECI 04 on %1: data only, no authentication.</translation>
    </message>
    <message>
        <source>ECI 06 on %1: exempted from strong authentication, out of scope.</source>
        <translation>ECI 06 on %1: exempted from strong authentication, out of scope.</translation>
    </message>
    <message>
        <source>ECI 07 on %1: authenticated merchant-initiated payment (3RI).</source>
        <translation>ECI 07 on %1: authenticated merchant-initiated payment (3RI).</translation>
    </message>
    <message>
        <source>ECI %1 is not a known value for %2.</source>
        <translation>ECI %1 is not a known value for %2.</translation>
    </message>
    <message>
        <source>ECI %1 cannot be read because the card brand is not known.</source>
        <translation>ECI %1 cannot be read because the card brand is not known.</translation>
    </message>
    <message>
        <source>Liability shifts to the issuer: the cardholder was authenticated.</source>
        <translation>Liability shifts to the issuer: the cardholder was authenticated.</translation>
    </message>
    <message>
        <source>Liability shifts to the issuer for an attempt, subject to the card scheme&apos;s rules.</source>
        <translation>Liability shifts to the issuer for an attempt, subject to the card scheme&apos;s rules.</translation>
    </message>
    <message>
        <source>Status %1 normally shifts liability, but ECI %2 does not match it on %3; ask the processor which ECI the authorization carried.</source>
        <translation>Status %1 normally shifts liability, but ECI %2 does not match it on %3; ask the processor which ECI the authorization carried.</translation>
    </message>
    <message>
        <source>No liability shift: the merchant carries the fraud chargeback risk.</source>
        <translation>No liability shift: the merchant carries the fraud chargeback risk.</translation>
    </message>
    <message>
        <source>No liability shift, and the issuer asked that the card not be charged.</source>
        <translation>No liability shift, and the issuer asked that the card not be charged.</translation>
    </message>
    <message>
        <source>Liability shift not known yet: authentication has not finished.</source>
        <translation>Liability shift not known yet: authentication has not finished.</translation>
    </message>
    <message>
        <source>Liability shift not known, because the 3-D Secure result is not known.</source>
        <translation>Liability shift not known, because the 3-D Secure result is not known.</translation>
    </message>
    <message>
        <source>No liability shift can be claimed without 3-D Secure data on the transaction.</source>
        <translation>No liability shift can be claimed without 3-D Secure data on the transaction.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Kind of value to block, which also names the field to fill.</source>
        <translation>Kind of value to block, which also names the field to fill.</translation>
    </message>
    <message>
        <source>Query customers</source>
        <translation>Query customers</translation>
    </message>
    <message>
        <source>Search customers by id, name, contact details or date range.</source>
        <translation>Search customers by id, name, contact details or date range.</translation>
    </message>
    <message>
        <source>Fill a customer ID, or a start and end date. Searches by name, email address or phone number also need a date range.</source>
        <translation>Fill a customer ID, or a start and end date. Searches by name, email address or phone number also need a date range.</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Customer history</translation>
    </message>
    <message>
        <source>List the notes and activity recorded for a customer.</source>
        <translation>List the notes and activity recorded for a customer.</translation>
    </message>
    <message>
        <source>Category of history entries to list.</source>
        <translation>Category of history entries to list.</translation>
    </message>
    <message>
        <source>Update customer</source>
        <translation>Update customer</translation>
    </message>
    <message>
        <source>Change a customer&apos;s name, addresses, contact details or custom fields.</source>
        <translation>Change a customer&apos;s name, addresses, contact details or custom fields.</translation>
    </message>
    <message>
        <source>Update card</source>
        <translation>Update card</translation>
    </message>
    <message>
        <source>Add a card to a customer or replace a stored one.</source>
        <translation>Add a card to a customer or replace a stored one.</translation>
    </message>
    <message>
        <source>ID of the stored payment method to replace, or empty to add a new one.</source>
        <translation>ID of the stored payment method to replace, or empty to add a new one.</translation>
    </message>
    <message>
        <source>1 to check the card with an authorization before saving it.</source>
        <translation>1 to check the card with an authorization before saving it.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Add a note to a customer&apos;s history.</source>
        <translation>Add a note to a customer&apos;s history.</translation>
    </message>
    <message>
        <source>Text of the note.</source>
        <translation>Text of the note.</translation>
    </message>
    <message>
        <source>Blacklist value</source>
        <translation>Blacklist value</translation>
    </message>
    <message>
        <source>Block a card BIN, state and country, email address, phone number or IP address.</source>
        <translation>Block a card BIN, state and country, email address, phone number or IP address.</translation>
    </message>
    <message>
        <source>Query blacklist</source>
        <translation>Query blacklist</translation>
    </message>
    <message>
        <source>List blacklist entries.</source>
        <translation>List blacklist entries.</translation>
    </message>
    <message>
        <source>Customer contracts</source>
        <translation>Customer contracts</translation>
    </message>
    <message>
        <source>List the e-signature contracts of a customer.</source>
        <translation>List the e-signature contracts of a customer.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <source>Delete a customer, for example on a privacy request.</source>
        <translation>Delete a customer, for example on a privacy request.</translation>
    </message>
    <message>
        <source>Import lead</source>
        <translation>Import lead</translation>
    </message>
    <message>
        <source>Create a partial order (lead) or update one, before the payment is taken.</source>
        <translation>Create a partial order (lead) or update one, before the payment is taken.</translation>
    </message>
    <message>
        <source>Order ID of an existing lead to update, or empty to create a new lead.</source>
        <translation>Order ID of an existing lead to update, or empty to create a new lead.</translation>
    </message>
    <message>
        <source>A lead needs an email address or a phone number besides the name.</source>
        <translation>A lead needs an email address or a phone number besides the name.</translation>
    </message>
    <message>
        <source>Merchant account number assigned by the acquiring bank.</source>
        <translation>Merchant account number assigned by the acquiring bank.</translation>
    </message>
    <message>
        <source>Name of the merchant account as shown in Konnektive.</source>
        <translation>Name of the merchant account as shown in Konnektive.</translation>
    </message>
    <message>
        <source>Payment gateway or processor that the account uses.</source>
        <translation>Payment gateway or processor that the account uses.</translation>
    </message>
    <message>
        <source>Billing descriptor shown on the card statement.</source>
        <translation>Billing descriptor shown on the card statement.</translation>
    </message>
    <message>
        <source>Four-digit merchant category code (MCC).</source>
        <translation>Four-digit merchant category code (MCC).</translation>
    </message>
    <message>
        <source>Largest amount the account may process per month, a plain decimal.</source>
        <translation>Largest amount the account may process per month, a plain decimal.</translation>
    </message>
    <message>
        <source>Query merchant accounts</source>
        <translation>Query merchant accounts</translation>
    </message>
    <message>
        <source>List merchant accounts (MIDs) and their settings.</source>
        <translation>List merchant accounts (MIDs) and their settings.</translation>
    </message>
    <message>
        <source>Status of the merchant accounts to list, such as ACTIVE.</source>
        <translation>Status of the merchant accounts to list, such as ACTIVE.</translation>
    </message>
    <message>
        <source>Create merchant account</source>
        <translation>Create merchant account</translation>
    </message>
    <message>
        <source>Add a merchant account (MID).</source>
        <translation>Add a merchant account (MID).</translation>
    </message>
    <message>
        <source>Update merchant account</source>
        <translation>Update merchant account</translation>
    </message>
    <message>
        <source>Change the settings of a merchant account (MID).</source>
        <translation>Change the settings of a merchant account (MID).</translation>
    </message>
    <message>
        <source>Query recycle profiles</source>
        <translation>Query recycle profiles</translation>
    </message>
    <message>
        <source>List the profiles that retry declined rebills.</source>
        <translation>List the profiles that retry declined rebills.</translation>
    </message>
    <message>
        <source>Recycle profile ID, a whole number.</source>
        <translation>Recycle profile ID, a whole number.</translation>
    </message>
    <message>
        <source>Query cascade profiles</source>
        <translation>Query cascade profiles</translation>
    </message>
    <message>
        <source>List the profiles that pass a declined charge on to other merchant accounts.</source>
        <translation>List the profiles that pass a declined charge on to other merchant accounts.</translation>
    </message>
    <message>
        <source>Cascade profile ID, a whole number.</source>
        <translation>Cascade profile ID, a whole number.</translation>
    </message>
    <message>
        <source>Query BIN mappings</source>
        <translation>Query BIN mappings</translation>
    </message>
    <message>
        <source>List the rules that send card BINs to particular merchant accounts.</source>
        <translation>List the rules that send card BINs to particular merchant accounts.</translation>
    </message>
    <message>
        <source>Query BIN profiles</source>
        <translation>Query BIN profiles</translation>
    </message>
    <message>
        <source>List the BIN profiles that group card BINs for routing.</source>
        <translation>List the BIN profiles that group card BINs for routing.</translation>
    </message>
    <message>
        <source>BIN profile ID, a whole number.</source>
        <translation>BIN profile ID, a whole number.</translation>
    </message>
    <message>
        <source>Query merchant profiles</source>
        <translation>Query merchant profiles</translation>
    </message>
    <message>
        <source>List the load balancer profiles that spread charges over merchant accounts.</source>
        <translation>List the load balancer profiles that spread charges over merchant accounts.</translation>
    </message>
    <message>
        <source>Merchant profile ID, a whole number.</source>
        <translation>Merchant profile ID, a whole number.</translation>
    </message>
    <message>
        <source>Load balancer ID, a whole number.</source>
        <translation>Load balancer ID, a whole number.</translation>
    </message>
    <message>
        <source>Coupon ID, a whole number.</source>
        <translation>Coupon ID, a whole number.</translation>
    </message>
    <message>
        <source>Kind of discount, such as PERCENT or FLAT.</source>
        <translation>Kind of discount, such as PERCENT or FLAT.</translation>
    </message>
    <message>
        <source>Size of the discount: a percentage or an amount, as a plain decimal.</source>
        <translation>Size of the discount: a percentage or an amount, as a plain decimal.</translation>
    </message>
    <message>
        <source>Number of times the coupon can be used.</source>
        <translation>Number of times the coupon can be used.</translation>
    </message>
    <message>
        <source>Query coupons</source>
        <translation>Query coupons</translation>
    </message>
    <message>
        <source>List coupons, or look one up by ID or code.</source>
        <translation>List coupons, or look one up by ID or code.</translation>
    </message>
    <message>
        <source>Create coupon</source>
        <translation>Create coupon</translation>
    </message>
    <message>
        <source>Create a coupon code.</source>
        <translation>Create a coupon code.</translation>
    </message>
    <message>
        <source>Update coupon</source>
        <translation>Update coupon</translation>
    </message>
    <message>
        <source>Change the settings of a coupon.</source>
        <translation>Change the settings of a coupon.</translation>
    </message>
    <message>
        <source>Query club members</source>
        <translation>Query club members</translation>
    </message>
    <message>
        <source>List the members of a membership club.</source>
        <translation>List the members of a membership club.</translation>
    </message>
    <message>
        <source>Fill a member ID, a customer ID, an order ID, a purchase ID, or a start and end date.</source>
        <translation>Fill a member ID, a customer ID, an order ID, a purchase ID, or a start and end date.</translation>
    </message>
    <message>
        <source>Update club member</source>
        <translation>Update club member</translation>
    </message>
    <message>
        <source>Change the details of a club member.</source>
        <translation>Change the details of a club member.</translation>
    </message>
    <message>
        <source>Membership status to set, such as ACTIVE.</source>
        <translation>Membership status to set, such as ACTIVE.</translation>
    </message>
    <message>
        <source>Cancel club membership</source>
        <translation>Cancel club membership</translation>
    </message>
    <message>
        <source>End a member&apos;s club membership.</source>
        <translation>End a member&apos;s club membership.</translation>
    </message>
    <message>
        <source>Reactivate club membership</source>
        <translation>Reactivate club membership</translation>
    </message>
    <message>
        <source>Restore a cancelled club membership.</source>
        <translation>Restore a cancelled club membership.</translation>
    </message>
    <message>
        <source>Check member login</source>
        <translation>Check member login</translation>
    </message>
    <message>
        <source>Check a club member&apos;s login name and password.</source>
        <translation>Check a club member&apos;s login name and password.</translation>
    </message>
    <message>
        <source>Login name of the member, usually the email address.</source>
        <translation>Login name of the member, usually the email address.</translation>
    </message>
    <message>
        <source>Password of the member.</source>
        <translation>Password of the member.</translation>
    </message>
    <message>
        <source>Affiliate record ID, a whole number.</source>
        <translation>Affiliate record ID, a whole number.</translation>
    </message>
    <message>
        <source>Name of the affiliate.</source>
        <translation>Name of the affiliate.</translation>
    </message>
    <message>
        <source>Address that Konnektive calls when the affiliate makes a sale.</source>
        <translation>Address that Konnektive calls when the affiliate makes a sale.</translation>
    </message>
    <message>
        <source>Query affiliates</source>
        <translation>Query affiliates</translation>
    </message>
    <message>
        <source>List affiliates.</source>
        <translation>List affiliates.</translation>
    </message>
    <message>
        <source>Create affiliate</source>
        <translation>Create affiliate</translation>
    </message>
    <message>
        <source>Add an affiliate.</source>
        <translation>Add an affiliate.</translation>
    </message>
    <message>
        <source>Update affiliate</source>
        <translation>Update affiliate</translation>
    </message>
    <message>
        <source>Change the details of an affiliate.</source>
        <translation>Change the details of an affiliate.</translation>
    </message>
    <message>
        <source>Shipment status to set.</source>
        <translation>Shipment status to set.</translation>
    </message>
    <message>
        <source>Tracking number given by the carrier.</source>
        <translation>Tracking number given by the carrier.</translation>
    </message>
    <message>
        <source>Query fulfillments</source>
        <translation>Query fulfillments</translation>
    </message>
    <message>
        <source>List shipments in a date range.</source>
        <translation>List shipments in a date range.</translation>
    </message>
    <message>
        <source>Status of the shipments to list.</source>
        <translation>Status of the shipments to list.</translation>
    </message>
    <message>
        <source>Only the date range and paging are confirmed, and the other filters are guesses.</source>
        <translation>Only the date range and paging are confirmed, and the other filters are guesses.</translation>
    </message>
    <message>
        <source>Update fulfillment</source>
        <translation>Update fulfillment</translation>
    </message>
    <message>
        <source>Set the shipment status, tracking or return details of an order.</source>
        <translation>Set the shipment status, tracking or return details of an order.</translation>
    </message>
    <message>
        <source>Date the shipment left, in MM/DD/YYYY form.</source>
        <translation>Date the shipment left, in MM/DD/YYYY form.</translation>
    </message>
    <message>
        <source>Carrier of the shipment, such as UPS.</source>
        <translation>Carrier of the shipment, such as UPS.</translation>
    </message>
    <message>
        <source>Shipping method, such as GROUND.</source>
        <translation>Shipping method, such as GROUND.</translation>
    </message>
    <message>
        <source>Return merchandise authorization (RMA) number.</source>
        <translation>Return merchandise authorization (RMA) number.</translation>
    </message>
    <message>
        <source>Date the return arrived, in MM/DD/YYYY form.</source>
        <translation>Date the return arrived, in MM/DD/YYYY form.</translation>
    </message>
    <message>
        <source>Fill an order ID or a fulfillment ID.</source>
        <translation>Fill an order ID or a fulfillment ID.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Gateways/MIDs</source>
        <translation>Gateways/MIDs</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Members/clubs</source>
        <translation>Members/clubs</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Fulfillment</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>PAAY 3DS</source>
        <translation>PAAY 3DS</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Raw request</translation>
    </message>
    <message>
        <source>Campaign product ID of this line, a whole number.</source>
        <translation>Campaign product ID of this line, a whole number.</translation>
    </message>
    <message>
        <source>Quantity of this line, or empty for 1.</source>
        <translation>Quantity of this line, or empty for 1.</translation>
    </message>
    <message>
        <source>Unit price that replaces the campaign price, a plain decimal.</source>
        <translation>Unit price that replaces the campaign price, a plain decimal.</translation>
    </message>
    <message>
        <source>Shipping price that replaces the campaign one, a plain decimal.</source>
        <translation>Shipping price that replaces the campaign one, a plain decimal.</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>Import order</translation>
    </message>
    <message>
        <source>Create and charge a new order, or complete an order started by a lead import.</source>
        <translation>Create and charge a new order, or complete an order started by a lead import.</translation>
    </message>
    <message>
        <source>Order ID from an earlier lead import, which lets the address fields stay empty.</source>
        <translation>Order ID from an earlier lead import, which lets the address fields stay empty.</translation>
    </message>
    <message>
        <source>ID of an existing customer, used with the ACCTONFILE pay source.</source>
        <translation>ID of an existing customer, used with the ACCTONFILE pay source.</translation>
    </message>
    <message>
        <source>How the customer pays.</source>
        <translation>How the customer pays.</translation>
    </message>
    <message>
        <source>Shipping profile ID, a whole number.</source>
        <translation>Shipping profile ID, a whole number.</translation>
    </message>
    <message>
        <source>Sales tax amount that replaces the computed one, a plain decimal.</source>
        <translation>Sales tax amount that replaces the computed one, a plain decimal.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) that must process the charge.</source>
        <translation>ID of the merchant account (MID) that must process the charge.</translation>
    </message>
    <message>
        <source>Merchant account (MID) ID of an earlier preauthorization to capture.</source>
        <translation>Merchant account (MID) ID of an earlier preauthorization to capture.</translation>
    </message>
    <message>
        <source>Processor transaction ID of an earlier preauthorization to capture.</source>
        <translation>Processor transaction ID of an earlier preauthorization to capture.</translation>
    </message>
    <message>
        <source>1 to hold the order in the QA queue.</source>
        <translation>1 to hold the order in the QA queue.</translation>
    </message>
    <message>
        <source>1 to add shipping insurance.</source>
        <translation>1 to add shipping insurance.</translation>
    </message>
    <message>
        <source>Address of the checkout page, starting with https://.</source>
        <translation>Address of the checkout page, starting with https://.</translation>
    </message>
    <message>
        <source>Address the bank sends the shopper to after a passed 3-D Secure check.</source>
        <translation>Address the bank sends the shopper to after a passed 3-D Secure check.</translation>
    </message>
    <message>
        <source>Address the bank sends the shopper to after a failed 3-D Secure check.</source>
        <translation>Address the bank sends the shopper to after a failed 3-D Secure check.</translation>
    </message>
    <message>
        <source>ECI code of a 3-D Secure check done elsewhere.</source>
        <translation>ECI code of a 3-D Secure check done elsewhere.</translation>
    </message>
    <message>
        <source>Transaction id (XID or dsTransId) of a 3-D Secure check done elsewhere.</source>
        <translation>Transaction id (XID or dsTransId) of a 3-D Secure check done elsewhere.</translation>
    </message>
    <message>
        <source>Authentication value (CAVV) of a 3-D Secure check done elsewhere.</source>
        <translation>Authentication value (CAVV) of a 3-D Secure check done elsewhere.</translation>
    </message>
    <message>
        <source>ECI code for the rebill charge.</source>
        <translation>ECI code for the rebill charge.</translation>
    </message>
    <message>
        <source>3-D Secure transaction id (XID) for the rebill charge.</source>
        <translation>3-D Secure transaction id (XID) for the rebill charge.</translation>
    </message>
    <message>
        <source>3-D Secure authentication value (CAVV) for the rebill charge.</source>
        <translation>3-D Secure authentication value (CAVV) for the rebill charge.</translation>
    </message>
    <message>
        <source>ACS transaction id from a PAAY 3-D Secure authentication.</source>
        <translation>ACS transaction id from a PAAY 3-D Secure authentication.</translation>
    </message>
    <message>
        <source>3-D Secure result status letter, such as Y or A.</source>
        <translation>3-D Secure result status letter, such as Y or A.</translation>
    </message>
    <message>
        <source>Browser details of the shopper as sent by the checkout page.</source>
        <translation>Browser details of the shopper as sent by the checkout page.</translation>
    </message>
    <message>
        <source>Without an order ID from a lead import, the API needs the billing name, address, email address, phone number and IP address.</source>
        <translation>Without an order ID from a lead import, the API needs the billing name, address, email address, phone number and IP address.</translation>
    </message>
    <message>
        <source>A reply with result MERC_REDIRECT means the bank wants a 3-D Secure step first.</source>
        <translation>A reply with result MERC_REDIRECT means the bank wants a 3-D Secure step first.</translation>
    </message>
    <message>
        <source>Preauthorize card</source>
        <translation>Preauthorize card</translation>
    </message>
    <message>
        <source>Authorize a card for a lead without capturing the money.</source>
        <translation>Authorize a card for a lead without capturing the money.</translation>
    </message>
    <message>
        <source>Import upsell</source>
        <translation>Import upsell</translation>
    </message>
    <message>
        <source>Add an upsell to an existing order and charge the stored payment method.</source>
        <translation>Add an upsell to an existing order and charge the stored payment method.</translation>
    </message>
    <message>
        <source>Campaign product ID of the upsell, a whole number.</source>
        <translation>Campaign product ID of the upsell, a whole number.</translation>
    </message>
    <message>
        <source>Quantity of the upsell product.</source>
        <translation>Quantity of the upsell product.</translation>
    </message>
    <message>
        <source>Product ID of an earlier offer on the order that this upsell replaces.</source>
        <translation>Product ID of an earlier offer on the order that this upsell replaces.</translation>
    </message>
    <message>
        <source>Billing descriptor shown on the card statement for this charge.</source>
        <translation>Billing descriptor shown on the card statement for this charge.</translation>
    </message>
    <message>
        <source>Give the upsell either as productId with productQty and the price fields, or as numbered product lines. Working integrations use both forms, so fill only one.</source>
        <translation>Give the upsell either as productId with productQty and the price fields, or as numbered product lines. Working integrations use both forms, so fill only one.</translation>
    </message>
    <message>
        <source>Status of the orders to list.</source>
        <translation>Status of the orders to list.</translation>
    </message>
    <message>
        <source>Kind of the orders to list: a new sale, a rebill or a chargeback.</source>
        <translation>Kind of the orders to list: a new sale, a rebill or a chargeback.</translation>
    </message>
    <message>
        <source>UTM value to match exactly, case-sensitive.</source>
        <translation>UTM value to match exactly, case-sensitive.</translation>
    </message>
    <message>
        <source>Query orders</source>
        <translation>Query orders</translation>
    </message>
    <message>
        <source>Search orders by id, customer, contact details or date range.</source>
        <translation>Search orders by id, customer, contact details or date range.</translation>
    </message>
    <message>
        <source>1 to list only orders that a call center saved after a decline.</source>
        <translation>1 to list only orders that a call center saved after a decline.</translation>
    </message>
    <message>
        <source>1 to add the account&apos;s custom fields to each order.</source>
        <translation>1 to add the account&apos;s custom fields to each order.</translation>
    </message>
    <message>
        <source>1 to add a browserDetails object to each order.</source>
        <translation>1 to add a browserDetails object to each order.</translation>
    </message>
    <message>
        <source>1 to include orders that came from external sources.</source>
        <translation>1 to include orders that came from external sources.</translation>
    </message>
    <message>
        <source>Fill an order ID, a customer ID, an email address, a phone number or a date range. The live API may also want a date range with an email address or phone number.</source>
        <translation>Fill an order ID, a customer ID, an email address, a phone number or a date range. The live API may also want a date range with an email address or phone number.</translation>
    </message>
    <message>
        <source>Update order</source>
        <translation>Update order</translation>
    </message>
    <message>
        <source>Change the billing or shipping details of an order.</source>
        <translation>Change the billing or shipping details of an order.</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Refund order</translation>
    </message>
    <message>
        <source>Refund all or part of an order.</source>
        <translation>Refund all or part of an order.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Cancel an order and its continuing subscriptions.</source>
        <translation>Cancel an order and its continuing subscriptions.</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Confirm order</translation>
    </message>
    <message>
        <source>Mark an order&apos;s checkout as finished, which sends its confirmation email and postbacks.</source>
        <translation>Mark an order&apos;s checkout as finished, which sends its confirmation email and postbacks.</translation>
    </message>
    <message>
        <source>Rerun declined sale</source>
        <translation>Rerun declined sale</translation>
    </message>
    <message>
        <source>Charge a declined new sale again.</source>
        <translation>Charge a declined new sale again.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) to charge through.</source>
        <translation>ID of the merchant account (MID) to charge through.</translation>
    </message>
    <message>
        <source>ID of the load balancer to charge through.</source>
        <translation>ID of the load balancer to charge through.</translation>
    </message>
    <message>
        <source>Approve or decline QA</source>
        <translation>Approve or decline QA</translation>
    </message>
    <message>
        <source>Approve or decline an order held in the QA queue.</source>
        <translation>Approve or decline an order held in the QA queue.</translation>
    </message>
    <message>
        <source>Decision for the held order.</source>
        <translation>Decision for the held order.</translation>
    </message>
    <message>
        <source>Card number of 12 to 19 digits, typed without spaces.</source>
        <translation>Card number of 12 to 19 digits, typed without spaces.</translation>
    </message>
    <message>
        <source>Card expiry month as two digits, 01 to 12.</source>
        <translation>Card expiry month as two digits, 01 to 12.</translation>
    </message>
    <message>
        <source>Card expiry year as two digits, such as 28 for 2028.</source>
        <translation>Card expiry year as two digits, such as 28 for 2028.</translation>
    </message>
    <message>
        <source>Purchase amount in major currency units, such as 29.95.</source>
        <translation>Purchase amount in major currency units, such as 29.95.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, alphabetic such as USD or numeric such as 840.</source>
        <translation>ISO 4217 currency code, alphabetic such as USD or numeric such as 840.</translation>
    </message>
    <message>
        <source>Address of the merchant&apos;s website, starting with https://.</source>
        <translation>Address of the merchant&apos;s website, starting with https://.</translation>
    </message>
    <message>
        <source>EMV message category: 01 for a payment, 02 for a non-payment check.</source>
        <translation>EMV message category: 01 for a payment, 02 for a non-payment check.</translation>
    </message>
    <message>
        <source>EMV 3-D Secure version to force, or empty to let PAAY pick the highest one.</source>
        <translation>EMV 3-D Secure version to force, or empty to let PAAY pick the highest one.</translation>
    </message>
    <message>
        <source>First address line.</source>
        <translation>First address line.</translation>
    </message>
    <message>
        <source>Second address line.</source>
        <translation>Second address line.</translation>
    </message>
    <message>
        <source>Postal or ZIP code.</source>
        <translation>Postal or ZIP code.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>City.</translation>
    </message>
    <message>
        <source>State or province code, such as TX for Texas.</source>
        <translation>State or province code, such as TX for Texas.</translation>
    </message>
    <message>
        <source>Country code, such as US or 840.</source>
        <translation>Country code, such as US or 840.</translation>
    </message>
    <message>
        <source>HTTP Accept header sent by the cardholder&apos;s browser.</source>
        <translation>HTTP Accept header sent by the cardholder&apos;s browser.</translation>
    </message>
    <message>
        <source>1 if the cardholder&apos;s browser runs Java, otherwise 0.</source>
        <translation>1 if the cardholder&apos;s browser runs Java, otherwise 0.</translation>
    </message>
    <message>
        <source>1 if the cardholder&apos;s browser runs JavaScript, otherwise 0.</source>
        <translation>1 if the cardholder&apos;s browser runs JavaScript, otherwise 0.</translation>
    </message>
    <message>
        <source>Language tag of the cardholder&apos;s browser, such as en-US.</source>
        <translation>Language tag of the cardholder&apos;s browser, such as en-US.</translation>
    </message>
    <message>
        <source>Screen color depth of the cardholder&apos;s browser in bits, such as 24.</source>
        <translation>Screen color depth of the cardholder&apos;s browser in bits, such as 24.</translation>
    </message>
    <message>
        <source>Screen width of the cardholder&apos;s browser in pixels.</source>
        <translation>Screen width of the cardholder&apos;s browser in pixels.</translation>
    </message>
    <message>
        <source>Screen height of the cardholder&apos;s browser in pixels.</source>
        <translation>Screen height of the cardholder&apos;s browser in pixels.</translation>
    </message>
    <message>
        <source>Time zone offset of the cardholder&apos;s browser from UTC in minutes, such as 300.</source>
        <translation>Time zone offset of the cardholder&apos;s browser from UTC in minutes, such as 300.</translation>
    </message>
    <message>
        <source>User-Agent header sent by the cardholder&apos;s browser.</source>
        <translation>User-Agent header sent by the cardholder&apos;s browser.</translation>
    </message>
    <message>
        <source>3DS result</source>
        <translation>3DS result</translation>
    </message>
    <message>
        <source>Fetch the result of a PAAY 3-D Secure authentication.</source>
        <translation>Fetch the result of a PAAY 3-D Secure authentication.</translation>
    </message>
    <message>
        <source>PAAY transaction ID, a UUID returned when the authentication started.</source>
        <translation>PAAY transaction ID, a UUID returned when the authentication started.</translation>
    </message>
    <message>
        <source>Public integrations fetch results from /transaction/{transactionId}/updates, which answers 404 while the result is pending or the challenge was abandoned.</source>
        <translation>Public integrations fetch results from /transaction/{transactionId}/updates, which answers 404 while the result is pending or the challenge was abandoned.</translation>
    </message>
    <message>
        <source>Browser authentication</source>
        <translation>Browser authentication</translation>
    </message>
    <message>
        <source>Start an EMV 3-D Secure authentication for a cardholder at a browser.</source>
        <translation>Start an EMV 3-D Secure authentication for a cardholder at a browser.</translation>
    </message>
    <message>
        <source>Challenge preference: 01 none, 02 no challenge, 03 challenge wanted, 04 challenge mandated.</source>
        <translation>Challenge preference: 01 none, 02 no challenge, 03 challenge wanted, 04 challenge mandated.</translation>
    </message>
    <message>
        <source>EMV challenge window size code, from 01 (250 x 400) to 05 (full screen).</source>
        <translation>EMV challenge window size code, from 01 (250 x 400) to 05 (full screen).</translation>
    </message>
    <message>
        <source>EMV authentication indicator, where 01 is a payment transaction.</source>
        <translation>EMV authentication indicator, where 01 is a payment transaction.</translation>
    </message>
    <message>
        <source>EMV transaction type, where 01 is a purchase of goods or services.</source>
        <translation>EMV transaction type, where 01 is a purchase of goods or services.</translation>
    </message>
    <message>
        <source>Number of seconds after which PAAY gives up the authentication.</source>
        <translation>Number of seconds after which PAAY gives up the authentication.</translation>
    </message>
    <message>
        <source>Email address of the cardholder.</source>
        <translation>Email address of the cardholder.</translation>
    </message>
    <message>
        <source>Cardholder name as printed on the card.</source>
        <translation>Cardholder name as printed on the card.</translation>
    </message>
    <message>
        <source>Y if the shipping address equals the billing address, otherwise N.</source>
        <translation>Y if the shipping address equals the billing address, otherwise N.</translation>
    </message>
    <message>
        <source>The browser fields must come from the cardholder&apos;s own browser. Never fill them with the details of this computer.</source>
        <translation>The browser fields must come from the cardholder&apos;s own browser. Never fill them with the details of this computer.</translation>
    </message>
    <message>
        <source>A challenge (status C) must be completed by the cardholder in their browser.</source>
        <translation>A challenge (status C) must be completed by the cardholder in their browser.</translation>
    </message>
    <message>
        <source>3RI authentication</source>
        <translation>3RI authentication</translation>
    </message>
    <message>
        <source>Authenticate a merchant-initiated charge, such as a rebill, without the cardholder.</source>
        <translation>Authenticate a merchant-initiated charge, such as a rebill, without the cardholder.</translation>
    </message>
    <message>
        <source>EMV 3RI indicator: 01 recurring, 02 instalment, 03 to 11 other merchant-initiated cases.</source>
        <translation>EMV 3RI indicator: 01 recurring, 02 instalment, 03 to 11 other merchant-initiated cases.</translation>
    </message>
    <message>
        <source>PAAY transaction ID or dsTransId of the original cardholder authentication.</source>
        <translation>PAAY transaction ID or dsTransId of the original cardholder authentication.</translation>
    </message>
    <message>
        <source>No public source shows this path or its fields. 3RI needs protocol 2.2.0 and a new authentication for each charge, because an authentication value is single-use.</source>
        <translation>No public source shows this path or its fields. 3RI needs protocol 2.2.0 and a new authentication for each charge, because an authentication value is single-use.</translation>
    </message>
    <message>
        <source>Order with 3DS results</source>
        <translation>Order with 3DS results</translation>
    </message>
    <message>
        <source>Show an order with its transactions and the PAAY 3-D Secure results beside them.</source>
        <translation>Show an order with its transactions and the PAAY 3-D Secure results beside them.</translation>
    </message>
    <message>
        <source>Send any Konnektive path with parameters typed as key and value pairs.</source>
        <translation>Send any Konnektive path with parameters typed as key and value pairs.</translation>
    </message>
    <message>
        <source>Order ID, the alphanumeric id of an order such as 7B83FF8095.</source>
        <translation>Order ID, the alphanumeric id of an order such as 7B83FF8095.</translation>
    </message>
    <message>
        <source>Customer ID, a whole number.</source>
        <translation>Customer ID, a whole number.</translation>
    </message>
    <message>
        <source>Campaign ID, a whole number.</source>
        <translation>Campaign ID, a whole number.</translation>
    </message>
    <message>
        <source>Product ID, a whole number.</source>
        <translation>Product ID, a whole number.</translation>
    </message>
    <message>
        <source>Purchase (subscription) ID, an alphanumeric id.</source>
        <translation>Purchase (subscription) ID, an alphanumeric id.</translation>
    </message>
    <message>
        <source>Konnektive transaction ID, a whole number.</source>
        <translation>Konnektive transaction ID, a whole number.</translation>
    </message>
    <message>
        <source>Konnektive merchant account (MID) ID, a whole number.</source>
        <translation>Konnektive merchant account (MID) ID, a whole number.</translation>
    </message>
    <message>
        <source>Membership club ID, a whole number.</source>
        <translation>Membership club ID, a whole number.</translation>
    </message>
    <message>
        <source>Club member ID, an alphanumeric id.</source>
        <translation>Club member ID, an alphanumeric id.</translation>
    </message>
    <message>
        <source>Fulfillment ID, as listed under fulfillments in an order query reply.</source>
        <translation>Fulfillment ID, as listed under fulfillments in an order query reply.</translation>
    </message>
    <message>
        <source>Session ID returned by an earlier click import.</source>
        <translation>Session ID returned by an earlier click import.</translation>
    </message>
    <message>
        <source>Affiliate code (affId).</source>
        <translation>Affiliate code (affId).</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Company name.</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 country code, such as US.</source>
        <translation>Two-letter ISO 3166 country code, such as US.</translation>
    </message>
    <message>
        <source>Email address, such as name@example.com.</source>
        <translation>Email address, such as name@example.com.</translation>
    </message>
    <message>
        <source>Phone number made of digits, spaces, +, - and parentheses.</source>
        <translation>Phone number made of digits, spaces, +, - and parentheses.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address of the customer, such as 203.0.113.5.</source>
        <translation>IPv4 or IPv6 address of the customer, such as 203.0.113.5.</translation>
    </message>
    <message>
        <source>First name for shipping.</source>
        <translation>First name for shipping.</translation>
    </message>
    <message>
        <source>Last name for shipping.</source>
        <translation>Last name for shipping.</translation>
    </message>
    <message>
        <source>Company name for shipping.</source>
        <translation>Company name for shipping.</translation>
    </message>
    <message>
        <source>First shipping address line.</source>
        <translation>First shipping address line.</translation>
    </message>
    <message>
        <source>Second shipping address line.</source>
        <translation>Second shipping address line.</translation>
    </message>
    <message>
        <source>Shipping city.</source>
        <translation>Shipping city.</translation>
    </message>
    <message>
        <source>Shipping state or province code, such as TX for Texas.</source>
        <translation>Shipping state or province code, such as TX for Texas.</translation>
    </message>
    <message>
        <source>Shipping postal or ZIP code.</source>
        <translation>Shipping postal or ZIP code.</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 shipping country code, such as US.</source>
        <translation>Two-letter ISO 3166 shipping country code, such as US.</translation>
    </message>
    <message>
        <source>1 to ship to the billing address, 0 to use the shipping fields.</source>
        <translation>1 to ship to the billing address, 0 to use the shipping fields.</translation>
    </message>
    <message>
        <source>Free custom value stored with the record.</source>
        <translation>Free custom value stored with the record.</translation>
    </message>
    <message>
        <source>Coupon code to apply.</source>
        <translation>Coupon code to apply.</translation>
    </message>
    <message>
        <source>1 to create a new customer even when one with the same details exists.</source>
        <translation>1 to create a new customer even when one with the same details exists.</translation>
    </message>
    <message>
        <source>Free tracking value, such as a sub-affiliate code.</source>
        <translation>Free tracking value, such as a sub-affiliate code.</translation>
    </message>
    <message>
        <source>First day of the range in MM/DD/YYYY form, because the API ignores the time of day.</source>
        <translation>First day of the range in MM/DD/YYYY form, because the API ignores the time of day.</translation>
    </message>
    <message>
        <source>Last day of the range in MM/DD/YYYY form, because the API ignores the time of day.</source>
        <translation>Last day of the range in MM/DD/YYYY form, because the API ignores the time of day.</translation>
    </message>
    <message>
        <source>Date that the range filters on, or empty for dateCreated.</source>
        <translation>Date that the range filters on, or empty for dateCreated.</translation>
    </message>
    <message>
        <source>Sort order of the results: 0 for descending, 1 for ascending.</source>
        <translation>Sort order of the results: 0 for descending, 1 for ascending.</translation>
    </message>
    <message>
        <source>Number of records per page from 1 to 200, or empty for 25.</source>
        <translation>Number of records per page from 1 to 200, or empty for 25.</translation>
    </message>
    <message>
        <source>Page number, counted from 1.</source>
        <translation>Page number, counted from 1.</translation>
    </message>
    <message>
        <source>Card expiry month, from 1 to 12.</source>
        <translation>Card expiry month, from 1 to 12.</translation>
    </message>
    <message>
        <source>Card expiry year in four digits, such as 2028.</source>
        <translation>Card expiry year in four digits, such as 2028.</translation>
    </message>
    <message>
        <source>Card security code (CVV) of 3 or 4 digits.</source>
        <translation>Card security code (CVV) of 3 or 4 digits.</translation>
    </message>
    <message>
        <source>Card expiry date in MM/YY or MM/YYYY form.</source>
        <translation>Card expiry date in MM/YY or MM/YYYY form.</translation>
    </message>
    <message>
        <source>First six digits of the card number (BIN).</source>
        <translation>First six digits of the card number (BIN).</translation>
    </message>
    <message>
        <source>ID of a payment method stored on the customer, a whole number.</source>
        <translation>ID of a payment method stored on the customer, a whole number.</translation>
    </message>
    <message>
        <source>Type of the bank account charged by ACH.</source>
        <translation>Type of the bank account charged by ACH.</translation>
    </message>
    <message>
        <source>Nine-digit bank routing number.</source>
        <translation>Nine-digit bank routing number.</translation>
    </message>
    <message>
        <source>Bank account number, digits only.</source>
        <translation>Bank account number, digits only.</translation>
    </message>
    <message>
        <source>1 to refund the whole amount, so no refund amount is needed.</source>
        <translation>1 to refund the whole amount, so no refund amount is needed.</translation>
    </message>
    <message>
        <source>Amount to refund, a plain decimal such as 19.99.</source>
        <translation>Amount to refund, a plain decimal such as 19.99.</translation>
    </message>
    <message>
        <source>Reason for the refund, stored with the record.</source>
        <translation>Reason for the refund, stored with the record.</translation>
    </message>
    <message>
        <source>Reason for the cancellation.</source>
        <translation>Reason for the cancellation.</translation>
    </message>
    <message>
        <source>1 to let the next rebill run and cancel after it.</source>
        <translation>1 to let the next rebill run and cancel after it.</translation>
    </message>
    <message>
        <source>Set fullRefund to 1, or give the amount to refund.</source>
        <translation>Set fullRefund to 1, or give the amount to refund.</translation>
    </message>
    <message>
        <source>Product ID to limit the report to, a whole number.</source>
        <translation>Product ID to limit the report to, a whole number.</translation>
    </message>
    <message>
        <source>Campaign ID to limit the report to, a whole number.</source>
        <translation>Campaign ID to limit the report to, a whole number.</translation>
    </message>
    <message>
        <source>No public documentation lists this endpoint&apos;s parameters, so these fields are guesses. Add other names as extra name and value rows.</source>
        <translation>No public documentation lists this endpoint&apos;s parameters, so these fields are guesses. Add other names as extra name and value rows.</translation>
    </message>
    <message>
        <source>Name of the product.</source>
        <translation>Name of the product.</translation>
    </message>
    <message>
        <source>Stock keeping unit (SKU) of the product.</source>
        <translation>Stock keeping unit (SKU) of the product.</translation>
    </message>
    <message>
        <source>Type of the product, such as OFFER or UPSALE.</source>
        <translation>Type of the product, such as OFFER or UPSALE.</translation>
    </message>
    <message>
        <source>Price of the product, a plain decimal such as 39.95.</source>
        <translation>Price of the product, a plain decimal such as 39.95.</translation>
    </message>
    <message>
        <source>Cost of the product to the merchant, a plain decimal.</source>
        <translation>Cost of the product to the merchant, a plain decimal.</translation>
    </message>
    <message>
        <source>Shipping price of the product, a plain decimal.</source>
        <translation>Shipping price of the product, a plain decimal.</translation>
    </message>
    <message>
        <source>Category name of the product.</source>
        <translation>Category name of the product.</translation>
    </message>
    <message>
        <source>Category ID of the product, a whole number.</source>
        <translation>Category ID of the product, a whole number.</translation>
    </message>
    <message>
        <source>Name of the campaign.</source>
        <translation>Name of the campaign.</translation>
    </message>
    <message>
        <source>Sales channel of the campaign.</source>
        <translation>Sales channel of the campaign.</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 currency code, such as USD.</source>
        <translation>Three-letter ISO 4217 currency code, such as USD.</translation>
    </message>
    <message>
        <source>Two-letter country codes the campaign sells to, separated by commas.</source>
        <translation>Two-letter country codes the campaign sells to, separated by commas.</translation>
    </message>
    <message>
        <source>Query products</source>
        <translation>Query products</translation>
    </message>
    <message>
        <source>List products, or look one up by its ID.</source>
        <translation>List products, or look one up by its ID.</translation>
    </message>
    <message>
        <source>Only the productId filter is confirmed. The reply lists products in an object keyed by product ID, without paging.</source>
        <translation>Only the productId filter is confirmed. The reply lists products in an object keyed by product ID, without paging.</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>Create product</translation>
    </message>
    <message>
        <source>Create a product.</source>
        <translation>Create a product.</translation>
    </message>
    <message>
        <source>Update product</source>
        <translation>Update product</translation>
    </message>
    <message>
        <source>Change the details of a product.</source>
        <translation>Change the details of a product.</translation>
    </message>
    <message>
        <source>Query campaigns</source>
        <translation>Query campaigns</translation>
    </message>
    <message>
        <source>List campaigns with their products and settings.</source>
        <translation>List campaigns with their products and settings.</translation>
    </message>
    <message>
        <source>Some client libraries send a date range unless a campaign ID is given, so add one if the API rejects the query.</source>
        <translation>Some client libraries send a date range unless a campaign ID is given, so add one if the API rejects the query.</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <source>Create a campaign.</source>
        <translation>Create a campaign.</translation>
    </message>
    <message>
        <source>Update campaign</source>
        <translation>Update campaign</translation>
    </message>
    <message>
        <source>Change the details of a campaign.</source>
        <translation>Change the details of a campaign.</translation>
    </message>
    <message>
        <source>Query purchases</source>
        <translation>Query purchases</translation>
    </message>
    <message>
        <source>Search subscriptions by purchase, order, customer or date range.</source>
        <translation>Search subscriptions by purchase, order, customer or date range.</translation>
    </message>
    <message>
        <source>Status of the subscriptions to list.</source>
        <translation>Status of the subscriptions to list.</translation>
    </message>
    <message>
        <source>Fill a purchase ID, an order ID, a customer ID, or a start and end date. Some integrations send a date range with a customer ID as well.</source>
        <translation>Fill a purchase ID, an order ID, a customer ID, or a start and end date. Some integrations send a date range with a customer ID as well.</translation>
    </message>
    <message>
        <source>The status filter values are the ones seen in replies, and no source confirms that the API filters on them.</source>
        <translation>The status filter values are the ones seen in replies, and no source confirms that the API filters on them.</translation>
    </message>
    <message>
        <source>Update purchase</source>
        <translation>Update purchase</translation>
    </message>
    <message>
        <source>Change the price, schedule or merchant account of a subscription, or restart it.</source>
        <translation>Change the price, schedule or merchant account of a subscription, or restart it.</translation>
    </message>
    <message>
        <source>1 to restart a cancelled or inactive subscription.</source>
        <translation>1 to restart a cancelled or inactive subscription.</translation>
    </message>
    <message>
        <source>Recycle status to set on the subscription.</source>
        <translation>Recycle status to set on the subscription.</translation>
    </message>
    <message>
        <source>1 to bill the next cycle now.</source>
        <translation>1 to bill the next cycle now.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) that bills future cycles.</source>
        <translation>ID of the merchant account (MID) that bills future cycles.</translation>
    </message>
    <message>
        <source>Price of the next rebills, a plain decimal such as 39.95.</source>
        <translation>Price of the next rebills, a plain decimal such as 39.95.</translation>
    </message>
    <message>
        <source>Shipping price of the next rebills, a plain decimal.</source>
        <translation>Shipping price of the next rebills, a plain decimal.</translation>
    </message>
    <message>
        <source>Date of the next rebill in MM/DD/YYYY form.</source>
        <translation>Date of the next rebill in MM/DD/YYYY form.</translation>
    </message>
    <message>
        <source>Number of days between rebills.</source>
        <translation>Number of days between rebills.</translation>
    </message>
    <message>
        <source>Number of the last billing cycle before the subscription ends.</source>
        <translation>Number of the last billing cycle before the subscription ends.</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Cancel purchase</translation>
    </message>
    <message>
        <source>Cancel a subscription.</source>
        <translation>Cancel a subscription.</translation>
    </message>
    <message>
        <source>1 to cancel a shipment that has not gone out yet.</source>
        <translation>1 to cancel a shipment that has not gone out yet.</translation>
    </message>
    <message>
        <source>Pause purchase</source>
        <translation>Pause purchase</translation>
    </message>
    <message>
        <source>Pause a subscription until a restart date.</source>
        <translation>Pause a subscription until a restart date.</translation>
    </message>
    <message>
        <source>Date the subscription restarts, in MM/DD/YYYY form.</source>
        <translation>Date the subscription restarts, in MM/DD/YYYY form.</translation>
    </message>
    <message>
        <source>1 to pause before the next rebill runs.</source>
        <translation>1 to pause before the next rebill runs.</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>Refund purchase</translation>
    </message>
    <message>
        <source>Refund all or part of a subscription charge.</source>
        <translation>Refund all or part of a subscription charge.</translation>
    </message>
    <message>
        <source>How the report groups its rows: by date, campaign or product.</source>
        <translation>How the report groups its rows: by date, campaign or product.</translation>
    </message>
    <message>
        <source>MID summary</source>
        <translation>MID summary</translation>
    </message>
    <message>
        <source>Show sales, declines and refunds per merchant account (MID).</source>
        <translation>Show sales, declines and refunds per merchant account (MID).</translation>
    </message>
    <message>
        <source>Merchant account (MID) ID to limit the report to.</source>
        <translation>Merchant account (MID) ID to limit the report to.</translation>
    </message>
    <message>
        <source>Transaction summary</source>
        <translation>Transaction summary</translation>
    </message>
    <message>
        <source>Show counts and revenue of sales, rebills, declines and refunds for a period.</source>
        <translation>Show counts and revenue of sales, rebills, declines and refunds for a period.</translation>
    </message>
    <message>
        <source>Date that the range filters on, such as txnDate.</source>
        <translation>Date that the range filters on, such as txnDate.</translation>
    </message>
    <message>
        <source>Campaign product ID to limit a product report to.</source>
        <translation>Campaign product ID to limit a product report to.</translation>
    </message>
    <message>
        <source>Campaign category ID to limit the report to.</source>
        <translation>Campaign category ID to limit the report to.</translation>
    </message>
    <message>
        <source>The reply is a plain list of rows, without paging.</source>
        <translation>The reply is a plain list of rows, without paging.</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Order summary</translation>
    </message>
    <message>
        <source>Show order totals, declines and average ticket for a period.</source>
        <translation>Show order totals, declines and average ticket for a period.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Show how many subscribers remain at each billing cycle.</source>
        <translation>Show how many subscribers remain at each billing cycle.</translation>
    </message>
    <message>
        <source>How the report groups its rows: by campaign, traffic source or MID.</source>
        <translation>How the report groups its rows: by campaign, traffic source or MID.</translation>
    </message>
    <message>
        <source>Affiliate ID to limit the report to.</source>
        <translation>Affiliate ID to limit the report to.</translation>
    </message>
    <message>
        <source>Call center ID to limit the report to.</source>
        <translation>Call center ID to limit the report to.</translation>
    </message>
    <message>
        <source>Number of billing cycles the report covers.</source>
        <translation>Number of billing cycles the report covers.</translation>
    </message>
    <message>
        <source>Extra breakdown of each row: by product, publisher or sub-affiliate.</source>
        <translation>Extra breakdown of each row: by product, publisher or sub-affiliate.</translation>
    </message>
    <message>
        <source>BIN approvals</source>
        <translation>BIN approvals</translation>
    </message>
    <message>
        <source>Show approval rates per card BIN.</source>
        <translation>Show approval rates per card BIN.</translation>
    </message>
    <message>
        <source>Projected billing</source>
        <translation>Projected billing</translation>
    </message>
    <message>
        <source>Forecast the count and revenue of upcoming rebills per day.</source>
        <translation>Forecast the count and revenue of upcoming rebills per day.</translation>
    </message>
    <message>
        <source>How the report groups its rows, where campaign is the only value seen in use.</source>
        <translation>How the report groups its rows, where campaign is the only value seen in use.</translation>
    </message>
    <message>
        <source>Expected share of subscribers lost at this cycle, in percent.</source>
        <translation>Expected share of subscribers lost at this cycle, in percent.</translation>
    </message>
    <message>
        <source>The date range lies in the future. Revenue in the reply is formatted text such as $1,234.00.</source>
        <translation>The date range lies in the future. Revenue in the reply is formatted text such as $1,234.00.</translation>
    </message>
    <message>
        <source>Time of day on the start date in 24-hour HH:mm form, such as 08:30.</source>
        <translation>Time of day on the start date in 24-hour HH:mm form, such as 08:30.</translation>
    </message>
    <message>
        <source>Time of day on the end date in 24-hour HH:mm form, such as 17:45.</source>
        <translation>Time of day on the end date in 24-hour HH:mm form, such as 17:45.</translation>
    </message>
    <message>
        <source>Query transactions</source>
        <translation>Query transactions</translation>
    </message>
    <message>
        <source>Search card and bank transactions by order, purchase, customer or date range.</source>
        <translation>Search card and bank transactions by order, purchase, customer or date range.</translation>
    </message>
    <message>
        <source>Kind of transaction to list.</source>
        <translation>Kind of transaction to list.</translation>
    </message>
    <message>
        <source>Outcome of the transactions to list: approved, hard decline or soft decline.</source>
        <translation>Outcome of the transactions to list: approved, hard decline or soft decline.</translation>
    </message>
    <message>
        <source>Payment method of the transactions to list.</source>
        <translation>Payment method of the transactions to list.</translation>
    </message>
    <message>
        <source>Transaction ID assigned by the payment processor.</source>
        <translation>Transaction ID assigned by the payment processor.</translation>
    </message>
    <message>
        <source>Last four digits of the card number.</source>
        <translation>Last four digits of the card number.</translation>
    </message>
    <message>
        <source>Last four digits of the bank account number.</source>
        <translation>Last four digits of the bank account number.</translation>
    </message>
    <message>
        <source>1 to list only transactions with a chargeback, 0 for the rest.</source>
        <translation>1 to list only transactions with a chargeback, 0 for the rest.</translation>
    </message>
    <message>
        <source>Fill an order ID, a purchase ID, a customer ID, or a start and end date.</source>
        <translation>Fill an order ID, a purchase ID, a customer ID, or a start and end date.</translation>
    </message>
    <message>
        <source>The API ignores an orderType filter here, so use billingCycleNumber in the results to tell new sales from rebills.</source>
        <translation>The API ignores an orderType filter here, so use billingCycleNumber in the results to tell new sales from rebills.</translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation>Refund transaction</translation>
    </message>
    <message>
        <source>Refund all or part of one transaction.</source>
        <translation>Refund all or part of one transaction.</translation>
    </message>
    <message>
        <source>1 to cancel the subscription of the transaction as well.</source>
        <translation>1 to cancel the subscription of the transaction as well.</translation>
    </message>
    <message>
        <source>1 to record a refund made outside Konnektive without calling the processor.</source>
        <translation>1 to record a refund made outside Konnektive without calling the processor.</translation>
    </message>
    <message>
        <source>Processor transaction ID of a refund made outside Konnektive.</source>
        <translation>Processor transaction ID of a refund made outside Konnektive.</translation>
    </message>
    <message>
        <source>Update chargeback</source>
        <translation>Update chargeback</translation>
    </message>
    <message>
        <source>Record a chargeback on a transaction, or undo one.</source>
        <translation>Record a chargeback on a transaction, or undo one.</translation>
    </message>
    <message>
        <source>1 to record or update a chargeback.</source>
        <translation>1 to record or update a chargeback.</translation>
    </message>
    <message>
        <source>1 to undo a recorded chargeback.</source>
        <translation>1 to undo a recorded chargeback.</translation>
    </message>
    <message>
        <source>Amount of the chargeback, a plain decimal such as 19.99.</source>
        <translation>Amount of the chargeback, a plain decimal such as 19.99.</translation>
    </message>
    <message>
        <source>Date of the chargeback in MM/DD/YYYY form.</source>
        <translation>Date of the chargeback in MM/DD/YYYY form.</translation>
    </message>
    <message>
        <source>Reason code of the card network, such as 10.4.</source>
        <translation>Reason code of the card network, such as 10.4.</translation>
    </message>
    <message>
        <source>Free note about the chargeback.</source>
        <translation>Free note about the chargeback.</translation>
    </message>
    <message>
        <source>Set markChargeback or revertChargeback to 1.</source>
        <translation>Set markChargeback or revertChargeback to 1.</translation>
    </message>
    <message>
        <source>This path is sent without a trailing slash. Client libraries send /transactions/update/, so try that path as a raw request if this one fails.</source>
        <translation>This path is sent without a trailing slash. Client libraries send /transactions/update/, so try that path as a raw request if this one fails.</translation>
    </message>
    <message>
        <source>Query chargeback data</source>
        <translation>Query chargeback data</translation>
    </message>
    <message>
        <source>Search chargeback and composite transaction data.</source>
        <translation>Search chargeback and composite transaction data.</translation>
    </message>
    <message>
        <source>Fill a transaction ID, or a start and end date.</source>
        <translation>Fill a transaction ID, or a start and end date.</translation>
    </message>
    <message>
        <source>List chargeback data</source>
        <translation>List chargeback data</translation>
    </message>
    <message>
        <source>List chargeback data records.</source>
        <translation>List chargeback data records.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Filter column names</source>
        <translation>Filter column names</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Hide all</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+L)</source>
        <translation>Filter endpoints (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>EndpointTreeModel</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Details from the server:</source>
        <translation>Details from the server:</translation>
    </message>
    <message>
        <source>Reply body:</source>
        <translation>Reply body:</translation>
    </message>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 more characters not shown]</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Table as CSV…</translation>
    </message>
    <message>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>Table as Excel workbook (XLSX)…</translation>
    </message>
    <message>
        <source>Reply as JSON…</source>
        <translation>Reply as JSON…</translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>Export cancelled. No file was saved.</translation>
    </message>
    <message>
        <source>Saved the reply to %1.</source>
        <translation>Saved the reply to %1.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Saved %1 rows to %2.</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Saving %1 …</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or close the file in other programs, then export again.</source>
        <translation>Could not save %1: %2. Choose another folder or close the file in other programs, then export again.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export table as Excel workbook</source>
        <translation>Export table as Excel workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export reply as JSON</source>
        <translation>Export reply as JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
</context>
<context>
    <name>ExtraRowsEditor</name>
    <message>
        <source>Extra parameters: each filled row is sent as name=value after the fields above.</source>
        <translation>Extra parameters: each filled row is sent as name=value after the fields above.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>JMESPath filter, for example message.data[?orderStatus==&apos;REFUNDED&apos;]</source>
        <translation>JMESPath filter, for example message.data[?orderStatus==&apos;REFUNDED&apos;]</translation>
    </message>
    <message>
        <source>Press Enter to apply the expression; clear the box to show the whole reply.</source>
        <translation>Press Enter to apply the expression; clear the box to show the whole reply.</translation>
    </message>
    <message>
        <source>The filter %1 is not a valid JMESPath expression:
%2</source>
        <translation>The filter %1 is not a valid JMESPath expression:
%2</translation>
    </message>
    <message>
        <source>The filter %1 failed on this reply:
%2</source>
        <translation>The filter %1 failed on this reply:
%2</translation>
    </message>
    <message>
        <source>The CRM sends amounts and ids as text. Compare them as numbers with to_number(), for example message.data[?to_number(totalAmount) &gt; `50`].</source>
        <translation>The CRM sends amounts and ids as text. Compare them as numbers with to_number(), for example message.data[?to_number(totalAmount) &gt; `50`].</translation>
    </message>
    <message>
        <source>The filter matched nothing; its result is null.</source>
        <translation>The filter matched nothing; its result is null.</translation>
    </message>
    <message>
        <source>The filter returned %1.</source>
        <translation>The filter returned %1.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in keys and values</source>
        <translation>Find in keys and values</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No match for %1</source>
        <translation>No match for %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Konnektive Desk</source>
        <translation>Konnektive Desk</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Profile %1 is active.</source>
        <translation>Profile %1 is active.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then send again. Nothing was sent.</source>
        <translation>Fix the fields marked in red, then send again. Nothing was sent.</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>Confirm change</translation>
    </message>
    <message>
        <source>Credentials missing</source>
        <translation>Credentials missing</translation>
    </message>
    <message>
        <source>Profile %1 has no %2 saved. Open File → Profiles and credentials, enter them and save.</source>
        <translation>Profile %1 has no %2 saved. Open File → Profiles and credentials, enter them and save.</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Keyring unavailable</translation>
    </message>
    <message>
        <source>The OS keyring cannot be read, so the profile&apos;s credentials are not available. Open File → Profiles and credentials to enter them for this run only.</source>
        <translation>The OS keyring cannot be read, so the profile&apos;s credentials are not available. Open File → Profiles and credentials to enter them for this run only.</translation>
    </message>
    <message>
        <source>Send %1 to the CRM of profile %2? This call changes data.

%3</source>
        <translation>Send %1 to the CRM of profile %2? This call changes data.

%3</translation>
    </message>
    <message>
        <source>Sending %1 …</source>
        <translation>Sending %1 …</translation>
    </message>
    <message>
        <source>Waiting for the reply: %1 s</source>
        <translation>Waiting for the reply: %1 s</translation>
    </message>
    <message>
        <source>The request was cancelled; the previous reply is still shown.</source>
        <translation>The request was cancelled; the previous reply is still shown.</translation>
    </message>
    <message>
        <source>The reply to %1 arrived; open that endpoint to see it.</source>
        <translation>The reply to %1 arrived; open that endpoint to see it.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>The request failed inside the app. Details were written to the log:
%1</source>
        <translation>The request failed inside the app. Details were written to the log:
%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Page of results</source>
        <translation>Page of results</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>CRM error</source>
        <translation>CRM error</translation>
    </message>
    <message>
        <source>Needs action (redirect)</source>
        <translation>Needs action (redirect)</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP error</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>Unreadable reply</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>OrderThreeDs</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Order %1: status %2, customer %3, total %4.</source>
        <translation>Order %1: status %2, customer %3, total %4.</translation>
    </message>
    <message>
        <source>Order %1: the order query returned no order (%2).</source>
        <translation>Order %1: the order query returned no order (%2).</translation>
    </message>
    <message>
        <source>%1 transactions, %2 of them with a PAAY transaction ID.</source>
        <translation>%1 transactions, %2 of them with a PAAY transaction ID.</translation>
    </message>
</context>
<context>
    <name>PaaySettingsBox</name>
    <message>
        <source>PAAY 3-D Secure</source>
        <translation>PAAY 3-D Secure</translation>
    </message>
    <message>
        <source>Result path</source>
        <translation>Result path</translation>
    </message>
    <message>
        <source>Browser path</source>
        <translation>Browser path</translation>
    </message>
    <message>
        <source>3RI path</source>
        <translation>3RI path</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>JWT claims</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token lifetime</translation>
    </message>
    <message>
        <source>Own claims (JSON)</source>
        <translation>Own claims (JSON)</translation>
    </message>
    <message>
        <source>Empty uses the preset above. Example: {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;, &quot;jti&quot;: &quot;{jti}&quot;}</source>
        <translation>Empty uses the preset above. Example: {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;, &quot;jti&quot;: &quot;{jti}&quot;}</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>{ver} is replaced by the API version and {transactionId} by PAAY&apos;s transaction ID. Public integrations use /v{ver}/transaction/{transactionId}/updates.</source>
        <translation>{ver} is replaced by the API version and {transactionId} by PAAY&apos;s transaction ID. Public integrations use /v{ver}/transaction/{transactionId}/updates.</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Show token claims</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Type the PAAY apiKey and secret (or save them first) to sign a token.</source>
        <translation>Type the PAAY apiKey and secret (or save them first) to sign a token.</translation>
    </message>
    <message>
        <source>The own claims are not valid JSON; fix them or clear the box.</source>
        <translation>The own claims are not valid JSON; fix them or clear the box.</translation>
    </message>
    <message>
        <source>Testing the connection to PAAY …</source>
        <translation>Testing the connection to PAAY …</translation>
    </message>
    <message>
        <source>PAAY accepted the key and the signed token (HTTP %1).</source>
        <translation>PAAY accepted the key and the signed token (HTTP %1).</translation>
    </message>
    <message>
        <source>PAAY answered HTTP %1.</source>
        <translation>PAAY answered HTTP %1.</translation>
    </message>
    <message>
        <source>The connection test failed inside the app; see the log.</source>
        <translation>The connection test failed inside the app; see the log.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source>Unverified: no public source confirms this endpoint&apos;s parameters. Check the reply, and use extra rows for names the API expects.</source>
        <translation>Unverified: no public source confirms this endpoint&apos;s parameters. Check the reply, and use extra rows for names the API expects.</translation>
    </message>
    <message>
        <source>Paths that do not query or report ask for confirmation before they are sent.</source>
        <translation>Paths that do not query or report ask for confirmation before they are sent.</translation>
    </message>
    <message>
        <source>This call changes data in the CRM.</source>
        <translation>This call changes data in the CRM.</translation>
    </message>
    <message>
        <source>Path *</source>
        <translation>Path *</translation>
    </message>
    <message>
        <source>Konnektive path such as /order/query/; the trailing slash is sent as typed.</source>
        <translation>Konnektive path such as /order/query/; the trailing slash is sent as typed.</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Product lines</translation>
    </message>
    <message>
        <source>Path is missing. Type a Konnektive path such as /order/query/.</source>
        <translation>Path is missing. Type a Konnektive path such as /order/query/.</translation>
    </message>
    <message>
        <source>%1 is not a path. Type only the path, such as /order/query/; the host comes from the profile and parameters go in the rows below.</source>
        <translation>%1 is not a path. Type only the path, such as /order/query/; the host comes from the profile and parameters go in the rows below.</translation>
    </message>
    <message>
        <source>Extra row %1 has a value but no name. Type the parameter name or remove the row.</source>
        <translation>Extra row %1 has a value but no name. Type the parameter name or remove the row.</translation>
    </message>
</context>
<context>
    <name>ProductLinesEditor</name>
    <message>
        <source>Add product line</source>
        <translation>Add product line</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles and credentials</source>
        <translation>Profiles and credentials</translation>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Konnektive base URL</source>
        <translation>Konnektive base URL</translation>
    </message>
    <message>
        <source>PAAY base URL</source>
        <translation>PAAY base URL</translation>
    </message>
    <message>
        <source>PAAY API version</source>
        <translation>PAAY API version</translation>
    </message>
    <message>
        <source>Add responseType=json</source>
        <translation>Add responseType=json</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>PAAY apiKey</source>
        <translation>PAAY apiKey</translation>
    </message>
    <message>
        <source>PAAY secret</source>
        <translation>PAAY secret</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Adds responseType=json to every call except /transactions/query/, where responseType is a filter. Turn it off if the CRM rejects the extra parameter.</source>
        <translation>Adds responseType=json to every call except /transactions/query/, where responseType is a filter. Turn it off if the CRM rejects the extra parameter.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this run only and are lost on exit.</source>
        <translation>Secrets are kept in memory for this run only and are lost on exit.</translation>
    </message>
    <message>
        <source>Secrets are stored in the OS keyring (%1).</source>
        <translation>Secrets are stored in the OS keyring (%1).</translation>
    </message>
    <message>
        <source>No working OS keyring was found (%1). Secrets can be kept in memory for this run only; they are never written to a file.</source>
        <translation>No working OS keyring was found (%1). Secrets can be kept in memory for this run only; they are never written to a file.</translation>
    </message>
    <message>
        <source>Built-in sandbox on 127.0.0.1</source>
        <translation>Built-in sandbox on 127.0.0.1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>saved; type to replace</source>
        <translation>saved; type to replace</translation>
    </message>
    <message>
        <source>Delete profile %1 and its saved credentials?</source>
        <translation>Delete profile %1 and its saved credentials?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Saved, but the password contains &amp;, which Konnektive does not accept in API passwords. If logins fail, set a password without &amp; for the API user.</source>
        <translation>Saved, but the password contains &amp;, which Konnektive does not accept in API passwords. If logins fail, set a password without &amp; for the API user.</translation>
    </message>
    <message>
        <source>No working OS keyring was found (%1), so credentials cannot be saved. Keep them in memory for this run only? They are lost when the app closes.</source>
        <translation>No working OS keyring was found (%1), so credentials cannot be saved. Keep them in memory for this run only? They are lost when the app closes.</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Keyring unavailable</translation>
    </message>
    <message>
        <source>Credentials were not saved. The typed values are still in the fields.</source>
        <translation>Credentials were not saved. The typed values are still in the fields.</translation>
    </message>
    <message>
        <source>The keyring refused to store the credentials: %1</source>
        <translation>The keyring refused to store the credentials: %1</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profile id &quot;%1&quot; is invalid. Use 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;, for example an id from ProfileStore.new_id().</source>
        <translation>The profile id &quot;%1&quot; is invalid. Use 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;, for example an id from ProfileStore.new_id().</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is marked as a sandbox profile, but only the built-in Demo profile can be one. Save it with is_sandbox turned off.</source>
        <translation>Profile &quot;%1&quot; is marked as a sandbox profile, but only the built-in Demo profile can be one. Save it with is_sandbox turned off.</translation>
    </message>
    <message>
        <source>The profile name is empty. Enter a name, for example &quot;Main store&quot;.</source>
        <translation>The profile name is empty. Enter a name, for example &quot;Main store&quot;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose a different name.</source>
        <translation>A profile named &quot;%1&quot; already exists. Choose a different name.</translation>
    </message>
    <message>
        <source>The Konnektive base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api.konnektive.com.</source>
        <translation>The Konnektive base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api.konnektive.com.</translation>
    </message>
    <message>
        <source>The PAAY base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api-sandbox.3dsintegrator.com.</source>
        <translation>The PAAY base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api-sandbox.3dsintegrator.com.</translation>
    </message>
    <message>
        <source>The PAAY API version &quot;%1&quot; is not supported. Choose v2.2 or v2.</source>
        <translation>The PAAY API version &quot;%1&quot; is not supported. Choose v2.2 or v2.</translation>
    </message>
    <message>
        <source>The timeout %1 is invalid. Enter a number of seconds greater than 0, for example 30.</source>
        <translation>The timeout %1 is invalid. Enter a number of seconds greater than 0, for example 30.</translation>
    </message>
    <message>
        <source>The page concurrency %1 is out of range. Enter a whole number from 1 to 16.</source>
        <translation>The page concurrency %1 is out of range. Enter a whole number from 1 to 16.</translation>
    </message>
    <message>
        <source>The PAAY path &quot;%1&quot; is invalid. Enter a path that starts with /, for example /v{ver}/authenticate/browser.</source>
        <translation>The PAAY path &quot;%1&quot; is invalid. Enter a path that starts with /, for example /v{ver}/authenticate/browser.</translation>
    </message>
    <message>
        <source>The PAAY result path &quot;%1&quot; has no {transactionId}. Add it where the transaction ID goes, for example /v{ver}/authenticate/{transactionId}.</source>
        <translation>The PAAY result path &quot;%1&quot; has no {transactionId}. Add it where the transaction ID goes, for example /v{ver}/authenticate/{transactionId}.</translation>
    </message>
    <message>
        <source>The JWT claims preset &quot;%1&quot; is unknown. Choose one from the list.</source>
        <translation>The JWT claims preset &quot;%1&quot; is unknown. Choose one from the list.</translation>
    </message>
    <message>
        <source>The JWT claims template &quot;%1&quot; is not a JSON object. Write it like {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;}, or leave it empty.</source>
        <translation>The JWT claims template &quot;%1&quot; is not a JSON object. Write it like {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;}, or leave it empty.</translation>
    </message>
    <message>
        <source>The token lifetime %1 is out of range. Enter a number of seconds from 30 to 3600, for example 300.</source>
        <translation>The token lifetime %1 is out of range. Enter a number of seconds from 30 to 3600, for example 300.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be changed or deleted. Create a new profile instead.</source>
        <translation>The built-in profile &quot;%1&quot; cannot be changed or deleted. Create a new profile instead.</translation>
    </message>
</context>
<context>
    <name>RawPage</name>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Loading the text: %1 characters so far.</source>
        <translation>Loading the text: %1 characters so far.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters.</source>
        <translation>Showing the first %1 of %2 characters.</translation>
    </message>
    <message>
        <source>Showing the first %1 characters.</source>
        <translation>Showing the first %1 characters.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>No reply yet. Fill in the form and press Ctrl+Enter; the reply appears here.</source>
        <translation>No reply yet. Fill in the form and press Ctrl+Enter; the reply appears here.</translation>
    </message>
    <message>
        <source>No results: 0 rows.</source>
        <translation>No results: 0 rows.</translation>
    </message>
    <message>
        <source>The CRM needs a further step, such as 3-D Secure.</source>
        <translation>The CRM needs a further step, such as 3-D Secure.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language (empty: follow the system)</source>
        <translation>Interface language (empty: follow the system)</translation>
    </message>
    <message>
        <source>Main window geometry (base64)</source>
        <translation>Main window geometry (base64)</translation>
    </message>
    <message>
        <source>Main window toolbar and dock layout (base64)</source>
        <translation>Main window toolbar and dock layout (base64)</translation>
    </message>
    <message>
        <source>Endpoint selected at start</source>
        <translation>Endpoint selected at start</translation>
    </message>
    <message>
        <source>Ask for confirmation before requests that change data</source>
        <translation>Ask for confirmation before requests that change data</translation>
    </message>
    <message>
        <source>Number of requests kept in the history</source>
        <translation>Number of requests kept in the history</translation>
    </message>
    <message>
        <source>Hidden columns of the reply table per endpoint (JSON: endpoint key to column names)</source>
        <translation>Hidden columns of the reply table per endpoint (JSON: endpoint key to column names)</translation>
    </message>
    <message>
        <source>Field names, separated by commas, that hold 3-D Secure data in order and transaction rows</source>
        <translation>Field names, separated by commas, that hold 3-D Secure data in order and transaction rows</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Filter rows</source>
        <translation>Filter rows</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Copy selected cells</source>
        <translation>Copy selected cells</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation>Copy row as JSON</translation>
    </message>
    <message>
        <source>Show in tree</source>
        <translation>Show in tree</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Rows: %1 of %2</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <source>Expanded the first %1 items; the rest stay collapsed.</source>
        <translation>Expanded the first %1 items; the rest stay collapsed.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Fill it in before sending.</source>
        <translation>%1 is required. Fill it in before sending.</translation>
    </message>
    <message>
        <source>Fill in or tick at least one of these fields: %1.</source>
        <translation>Fill in or tick at least one of these fields: %1.</translation>
    </message>
    <message>
        <source>Fill in or tick at least %1 of these fields: %2.</source>
        <translation>Fill in or tick at least %1 of these fields: %2.</translation>
    </message>
    <message>
        <source>%1 is filled but %2 is empty. Fill both, or leave both empty.</source>
        <translation>%1 is filled but %2 is empty. Fill both, or leave both empty.</translation>
    </message>
    <message>
        <source>%1 (%2) is later than %3 (%4). Swap the two dates.</source>
        <translation>%1 (%2) is later than %3 (%4). Swap the two dates.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is filled.</source>
        <translation>%1 is required when %2 is filled.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is %3.</source>
        <translation>%1 is required when %2 is %3.</translation>
    </message>
    <message>
        <source>%1 is required. This request needs %2 or more product lines.</source>
        <translation>%1 is required. This request needs %2 or more product lines.</translation>
    </message>
    <message>
        <source>%1 is required because other fields of product line %2 are filled.</source>
        <translation>%1 is required because other fields of product line %2 are filled.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2. Type it as MM/DD/YYYY, for example 03/25/2026.</source>
        <translation>%1 is not a valid date: %2. Type it as MM/DD/YYYY, for example 03/25/2026.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2. Check the month and the day.</source>
        <translation>%1 is not a real calendar date: %2. Check the month and the day.</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time: %2. Type it as MM/DD/YYYY HH:MM:SS, for example 03/25/2026 14:30:00.</source>
        <translation>%1 is not a valid date and time: %2. Type it as MM/DD/YYYY HH:MM:SS, for example 03/25/2026 14:30:00.</translation>
    </message>
    <message>
        <source>%1 is not a valid time: %2. Type it as HH:mm in 24-hour form, for example 14:30.</source>
        <translation>%1 is not a valid time: %2. Type it as HH:mm in 24-hour form, for example 14:30.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2. Type digits only, for example 25.</source>
        <translation>%1 is not a whole number: %2. Type digits only, for example 25.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2. Type digits with an optional leading minus sign, for example -5.</source>
        <translation>%1 is not a whole number: %2. Type digits with an optional leading minus sign, for example -5.</translation>
    </message>
    <message>
        <source>%1 is %2, but the smallest allowed value is %3.</source>
        <translation>%1 is %2, but the smallest allowed value is %3.</translation>
    </message>
    <message>
        <source>%1 is %2, but the largest allowed value is %3.</source>
        <translation>%1 is %2, but the largest allowed value is %3.</translation>
    </message>
    <message>
        <source>%1 contains a currency sign: %2. Type the amount as a plain number, for example 29.99.</source>
        <translation>%1 contains a currency sign: %2. Type the amount as a plain number, for example 29.99.</translation>
    </message>
    <message>
        <source>%1 contains a comma: %2. Type the amount with a decimal point and no thousands separators, for example 1000.00.</source>
        <translation>%1 contains a comma: %2. Type the amount with a decimal point and no thousands separators, for example 1000.00.</translation>
    </message>
    <message>
        <source>%1 is not a valid amount: %2. Type a plain decimal number with at most two decimal places, for example 29.99.</source>
        <translation>%1 is not a valid amount: %2. Type a plain decimal number with at most two decimal places, for example 29.99.</translation>
    </message>
    <message>
        <source>%1 has the value %2, which is not allowed. Choose one of: %3.</source>
        <translation>%1 has the value %2, which is not allowed. Choose one of: %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 or 0, but it is %2. Type 1 for yes or 0 for no.</source>
        <translation>%1 must be 1 or 0, but it is %2. Type 1 for yes or 0 for no.</translation>
    </message>
    <message>
        <source>%1 is not a valid email address: %2. Type it as name@example.com.</source>
        <translation>%1 is not a valid email address: %2. Type it as name@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: %2. Use digits, spaces, +, - and parentheses only.</source>
        <translation>%1 is not a valid phone number: %2. Use digits, spaces, +, - and parentheses only.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code: %2. Type the ISO 3166 code in capitals, for example US.</source>
        <translation>%1 is not a two-letter country code: %2. Type the ISO 3166 code in capitals, for example US.</translation>
    </message>
    <message>
        <source>%1 is not a valid card number: %2. Type the 12 to 19 digits without spaces or dashes.</source>
        <translation>%1 is not a valid card number: %2. Type the 12 to 19 digits without spaces or dashes.</translation>
    </message>
    <message>
        <source>%1 fails the card number check digit test: %2. Look for a mistyped digit.</source>
        <translation>%1 fails the card number check digit test: %2. Look for a mistyped digit.</translation>
    </message>
    <message>
        <source>%1 is not a valid ID: %2. Use letters, digits, hyphens and underscores only.</source>
        <translation>%1 is not a valid ID: %2. Use letters, digits, hyphens and underscores only.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address: %2. Type an IPv4 address such as 203.0.113.5, or an IPv6 address.</source>
        <translation>%1 is not a valid IP address: %2. Type an IPv4 address such as 203.0.113.5, or an IPv6 address.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address: %2. Type a full address that starts with http:// or https://.</source>
        <translation>%1 is not a valid web address: %2. Type a full address that starts with http:// or https://.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Check the brackets, quotes and commas.</source>
        <translation>%1 is not valid JSON (%2). Check the brackets, quotes and commas.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, but the API accepts at most %3.</source>
        <translation>%1 is %2 characters long, but the API accepts at most %3.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancel request</translation>
    </message>
    <message>
        <source>&amp;Filter endpoints</source>
        <translation>&amp;Filter endpoints</translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation>C&amp;lear form</translation>
    </message>
    <message>
        <source>&amp;Profiles and credentials…</source>
        <translation>&amp;Profiles and credentials…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+L: filter the endpoint tree; Enter opens the first match
Ctrl+Enter: send the request
Esc: cancel the running request
Ctrl+Shift+Backspace: clear the form
Ctrl+C / Ctrl+Shift+C: copy the selected value / its path
Ctrl+F: find in the reply; F3 / Shift+F3: next / previous match
Ctrl+Shift+P: profiles and credentials
F1: this list</source>
        <translation>Ctrl+L: filter the endpoint tree; Enter opens the first match
Ctrl+Enter: send the request
Esc: cancel the running request
Ctrl+Shift+Backspace: clear the form
Ctrl+C / Ctrl+Shift+C: copy the selected value / its path
Ctrl+F: find in the reply; F3 / Shift+F3: next / previous match
Ctrl+Shift+P: profiles and credentials
F1: this list</translation>
    </message>
</context>
</TS>
