<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AllPagesPanel</name>
    <message>
        <source>All pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Send page 1, then fetch the remaining pages a few at a time and show all rows as one reply. The profile sets how many pages are fetched at once.</source>
        <translation>Отправить страницу 1, затем загрузить остальные страницы по несколько сразу и показать все строки как один ответ. Сколько страниц загружается одновременно, задаёт профиль.</translation>
    </message>
    <message>
        <source>The query matches %1 rows on %2 pages, more than the %3 pages or %4 rows fetched without asking. Fetch all of them?

No fetches only the pages within that limit.</source>
        <translation>Запросу соответствуют %1 строк на %2 страницах — больше, чем %3 страниц или %4 строк, которые загружаются без вопроса. Загрузить все?

«Нет» загрузит только страницы в пределах этого ограничения.</translation>
    </message>
    <message>
        <source>Fetch all pages?</source>
        <translation>Загрузить все страницы?</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <source>All pages: %1 of %2 fetched, %3.</source>
        <translation>Все страницы: загружено %1 из %2, %3.</translation>
    </message>
</context>
<context>
    <name>ApiMessages</name>
    <message>
        <source>The server replied to %1 with HTTP status %2.</source>
        <translation>Сервер ответил на запрос %1 кодом HTTP %2.</translation>
    </message>
    <message>
        <source>The server sent a redirect, which API calls do not follow. Check the base URL in the profile: it should start with https:// and name the API host.</source>
        <translation>Сервер вернул перенаправление, а запросы API по перенаправлениям не переходят. Проверьте базовый URL в профиле: он должен начинаться с https:// и указывать на хост API.</translation>
    </message>
    <message>
        <source>The server or a firewall in front of it rejected the request. Check the base URL, and check that this computer&apos;s IP address is on the API user&apos;s allow-list.</source>
        <translation>Сервер или межсетевой экран перед ним отклонил запрос. Проверьте базовый URL и убедитесь, что IP-адрес этого компьютера есть в списке разрешённых IP пользователя API.</translation>
    </message>
    <message>
        <source>Check the path and the base URL in the profile, then send again.</source>
        <translation>Проверьте путь и базовый URL в профиле, затем отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The server is limiting the request rate. Wait a minute before sending again.</source>
        <translation>Сервер ограничивает частоту запросов. Подождите минуту, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>The server or a gateway in front of it failed. Wait a moment and send again. The reply body below may say more.</source>
        <translation>Сбой на сервере или на шлюзе перед ним. Подождите немного и отправьте запрос снова. Подробности могут быть в теле ответа ниже.</translation>
    </message>
    <message>
        <source>Check the path, the base URL and the parameters, then send again.</source>
        <translation>Проверьте путь, базовый URL и параметры, затем отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The server sent an empty reply to %1.</source>
        <translation>Сервер вернул пустой ответ на запрос %1.</translation>
    </message>
    <message>
        <source>Send the request again. If the reply stays empty, check the path, because an unknown path can return an empty page.</source>
        <translation>Отправьте запрос ещё раз. Если ответ снова пустой, проверьте путь: по неизвестному пути сервер может вернуть пустую страницу.</translation>
    </message>
    <message>
        <source>The reply to %1 ends in the middle of the JSON data.</source>
        <translation>Ответ на запрос %1 обрывается посреди данных JSON.</translation>
    </message>
    <message>
        <source>The connection was probably cut short. Send the request again. For large queries, lower resultsPerPage.</source>
        <translation>Вероятно, соединение оборвалось. Отправьте запрос ещё раз. Для больших выборок уменьшите resultsPerPage.</translation>
    </message>
    <message>
        <source>The server put PHP warning text in front of the JSON reply to %1.</source>
        <translation>Сервер добавил текст предупреждения PHP перед JSON-ответом на запрос %1.</translation>
    </message>
    <message>
        <source>The data below was read from the JSON part and may be incomplete. The warning comes from the server; if it keeps appearing, send its text to the CRM&apos;s support.</source>
        <translation>Данные ниже прочитаны из JSON-части ответа и могут быть неполными. Предупреждение выдаёт сервер; если оно повторяется, отправьте его текст в поддержку CRM.</translation>
    </message>
    <message>
        <source>The reply to %1 is neither JSON nor XML.</source>
        <translation>Ответ на запрос %1 не является ни JSON, ни XML.</translation>
    </message>
    <message>
        <source>The raw reply is shown as text. An HTML page usually means that the base URL or the path is wrong, or that a proxy answered instead of the API.</source>
        <translation>Ответ показан как текст. HTML-страница обычно означает, что неверен базовый URL или путь либо вместо API ответил прокси-сервер.</translation>
    </message>
    <message>
        <source>The data is shown as received. Check the path, because it may not be an API endpoint.</source>
        <translation>Данные показаны в том виде, в каком получены. Проверьте путь: возможно, это не метод API.</translation>
    </message>
    <message>
        <source>The reply to %1 has no result field.</source>
        <translation>В ответе на запрос %1 нет поля result.</translation>
    </message>
    <message>
        <source>The reply to %1 has the unknown result value %2.</source>
        <translation>В ответе на запрос %1 неизвестное значение result: %2.</translation>
    </message>
    <message>
        <source>The CRM rejected the request because this computer&apos;s IP address is not on the API user&apos;s allow-list.</source>
        <translation>CRM отклонила запрос: IP-адреса этого компьютера нет в списке разрешённых IP пользователя API.</translation>
    </message>
    <message>
        <source>Add this computer&apos;s public IP address to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</source>
        <translation>Добавьте внешний IP-адрес этого компьютера в список разрешённых IP пользователя API в CRM (Admin → Users → API user → IP allow-list), затем отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The CRM rejected the request because IP %1 is not on the API user&apos;s allow-list.</source>
        <translation>CRM отклонила запрос: IP-адреса %1 нет в списке разрешённых IP пользователя API.</translation>
    </message>
    <message>
        <source>Add %1 to the API user&apos;s allowed IPs in the CRM (Admin → Users → API user → IP allow-list), then send the request again.</source>
        <translation>Добавьте %1 в список разрешённых IP пользователя API в CRM (Admin → Users → API user → IP allow-list), затем отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The CRM rejected the loginId or the password.</source>
        <translation>CRM не приняла loginId или password.</translation>
    </message>
    <message>
        <source>Check the loginId and the password in the profile. Do not send again and again with the same values, because repeated failed logins can lock the API user.</source>
        <translation>Проверьте loginId и password в профиле. Не отправляйте запрос снова и снова с теми же значениями: после нескольких неудачных входов пользователь API может быть заблокирован.</translation>
    </message>
    <message>
        <source>The API user is not allowed to call %1.</source>
        <translation>Пользователю API запрещено вызывать %1.</translation>
    </message>
    <message>
        <source>In the CRM, tick %1 in the API user&apos;s Access Details (Admin → Users → API user), then send the request again.</source>
        <translation>В CRM отметьте %1 в разделе Access Details пользователя API (Admin → Users → API user), затем отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The CRM returned an error for %1.</source>
        <translation>CRM вернула ошибку на запрос %1.</translation>
    </message>
    <message>
        <source>Read the server message below, correct the parameters it names, then send again.</source>
        <translation>Прочитайте сообщение сервера ниже, исправьте указанные в нём параметры и отправьте запрос снова.</translation>
    </message>
    <message>
        <source>No records match these parameters on %1.</source>
        <translation>По запросу %1 с этими параметрами ничего не найдено.</translation>
    </message>
    <message>
        <source>Widen the filters, for example the date range, and send again.</source>
        <translation>Расширьте условия поиска, например диапазон дат, и отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The CRM asks for a redirect step, such as 3-D Secure authentication, to finish %1.</source>
        <translation>Чтобы завершить запрос %1, CRM требует дополнительный шаг с перенаправлением, например аутентификацию 3-D Secure.</translation>
    </message>
    <message>
        <source>The reply has no redirect URL. Check the order in the CRM.</source>
        <translation>В ответе нет URL перенаправления. Проверьте заказ в CRM.</translation>
    </message>
    <message>
        <source>Open %2 in a browser to finish the step, then check the order in the CRM.</source>
        <translation>Откройте %2 в браузере, чтобы завершить этот шаг, затем проверьте заказ в CRM.</translation>
    </message>
    <message>
        <source>Nothing was sent to the server.</source>
        <translation>На сервер ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server had already received the request. If it changes data, check in the CRM whether it was carried out before sending it again.</source>
        <translation>Сервер уже получил запрос. Если запрос изменяет данные, проверьте в CRM, не выполнен ли он, прежде чем отправлять его снова.</translation>
    </message>
    <message>
        <source>The path %1 is not valid.</source>
        <translation>Недопустимый путь: %1.</translation>
    </message>
    <message>
        <source>Type a path such as /order/query/, without the host, a query string or spaces. Put the parameters in the parameter list.</source>
        <translation>Введите путь вида /order/query/ без хоста, строки запроса и пробелов. Параметры укажите в списке параметров.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Не удалось подключиться к %1.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile and the network connection. A firewall or a proxy may block the host.</source>
        <translation>Проверьте базовый URL в профиле и подключение к сети. Хост может блокировать межсетевой экран или прокси-сервер.</translation>
    </message>
    <message>
        <source>No reply from %1 within %2 seconds.</source>
        <translation>Нет ответа от %1 за %2 с.</translation>
    </message>
    <message>
        <source>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again. For large queries, lower resultsPerPage.</source>
        <translation>Запрос не был автоматически отправлен повторно. Если он изменяет данные, проверьте в CRM, не выполнен ли он, прежде чем отправлять его снова. Для больших выборок уменьшите resultsPerPage.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the reply was complete.</source>
        <translation>Соединение с %1 закрылось до получения полного ответа.</translation>
    </message>
    <message>
        <source>The request was not sent again automatically. If it changes data, check in the CRM whether it was carried out before sending it again.</source>
        <translation>Запрос не был автоматически отправлен повторно. Если он изменяет данные, проверьте в CRM, не выполнен ли он, прежде чем отправлять его снова.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed.</source>
        <translation>Не удалось установить защищённое соединение (TLS) с %1.</translation>
    </message>
    <message>
        <source>Check that the base URL names the right host and that this computer&apos;s date and time are correct. A proxy that inspects HTTPS traffic can also cause this.</source>
        <translation>Проверьте, что базовый URL указывает на нужный хост и что дата и время на этом компьютере верны. Причиной также может быть прокси-сервер, который проверяет HTTPS-трафик.</translation>
    </message>
    <message>
        <source>The request to %1 could not be built.</source>
        <translation>Не удалось сформировать запрос к %1.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile. It must start with https:// followed by a host name, for example https://api.konnektive.com.</source>
        <translation>Проверьте базовый URL в профиле. Он должен начинаться с https:// и имени хоста, например https://api.konnektive.com.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Page %1 returned %2 rows instead of %3, so the walk stopped there. %4 rows were kept.</source>
        <translation>Страница %1 вернула строк: %2 вместо %3, поэтому загрузка остановлена на ней. Сохранено строк: %4.</translation>
    </message>
    <message>
        <source>Page %1 failed, so the walk stopped there. %2 rows were kept.</source>
        <translation>Не удалось загрузить страницу %1, поэтому загрузка остановлена на ней. Сохранено строк: %2.</translation>
    </message>
    <message>
        <source>Page %1 is not a page of results, so the walk stopped there. %2 rows were kept.</source>
        <translation>Страница %1 не является страницей результатов, поэтому загрузка остановлена на ней. Сохранено строк: %2.</translation>
    </message>
    <message>
        <source>Stopped at the cap of %1 pages: %2 of %3 rows were fetched.</source>
        <translation>Остановлено на ограничении в %1 страниц: загружено строк %2 из %3.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 pages. %3 rows were kept.</source>
        <translation>Отменено после %1 из %2 страниц. Сохранено строк: %3.</translation>
    </message>
    <message>
        <source>The total changed from %1 to %2 rows during the walk, so rows may be missing or repeated.</source>
        <translation>Во время загрузки общее число строк изменилось с %1 на %2, поэтому строки могут отсутствовать или повторяться.</translation>
    </message>
    <message>
        <source>The reply has no totalResults, so only page 1 was fetched.</source>
        <translation>В ответе нет totalResults, поэтому загружена только страница 1.</translation>
    </message>
    <message>
        <source>API key as issuer (iss)</source>
        <translation>API-ключ как издатель (iss)</translation>
    </message>
    <message>
        <source>API key as issuer (iss) and audience (aud)</source>
        <translation>API-ключ как издатель (iss) и получатель (aud)</translation>
    </message>
    <message>
        <source>Fixed issuer 3dsintegrator_Authentication_Server, API key as audience</source>
        <translation>Постоянный издатель 3dsintegrator_Authentication_Server, API-ключ как получатель</translation>
    </message>
    <message>
        <source>Fixed issuer 3dsinetegrator_Authentication_Server, API key as audience</source>
        <translation>Постоянный издатель 3dsinetegrator_Authentication_Server, API-ключ как получатель</translation>
    </message>
    <message>
        <source>PAAY has no 3-D Secure result for %1 yet.</source>
        <translation>У PAAY пока нет результата 3-D Secure для %1.</translation>
    </message>
    <message>
        <source>PAAY returns this reply while the cardholder&apos;s challenge is open, after a challenge was abandoned, and for an unknown transaction ID. Check that the ID is PAAY&apos;s transactionId and not the dsTransId, then fetch the result again later.</source>
        <translation>PAAY отвечает так, пока проверка держателя карты не завершена, после брошенной проверки и для неизвестного ID транзакции. Убедитесь, что это transactionId PAAY, а не dsTransId, и запросите результат позже.</translation>
    </message>
    <message>
        <source>PAAY rejected the API key or the signed token (HTTP %1).</source>
        <translation>PAAY отклонил API-ключ или подписанный токен (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the PAAY API key and secret in the profile, and try another JWT claim layout. Sandbox and production keys are different.</source>
        <translation>Проверьте API-ключ и secret PAAY в профиле и попробуйте другой набор полей JWT. Ключи песочницы и рабочей среды различаются.</translation>
    </message>
    <message>
        <source>PAAY rejected the request, and this computer&apos;s clock is %1 seconds behind the server&apos;s clock.</source>
        <translation>PAAY отклонил запрос, а часы этого компьютера отстают от часов сервера на %1 с.</translation>
    </message>
    <message>
        <source>PAAY rejected the request, and this computer&apos;s clock is %1 seconds ahead of the server&apos;s clock.</source>
        <translation>PAAY отклонил запрос, а часы этого компьютера спешат относительно часов сервера на %1 с.</translation>
    </message>
    <message>
        <source>Tokens are stamped with this computer&apos;s time, so PAAY sees them as expired or not yet valid. Set the date and time to update automatically from the network, then send again.</source>
        <translation>Токены получают время этого компьютера, поэтому PAAY считает их просроченными или ещё не действующими. Включите автоматическую установку даты и времени по сети и отправьте запрос снова.</translation>
    </message>
    <message>
        <source>The value of %1 cannot be sent to PAAY.</source>
        <translation>Значение %1 нельзя отправить в PAAY.</translation>
    </message>
    <message>
        <source>Amounts need a number such as 29.95, yes/no fields need 1 or 0, and the transaction ID must not be empty. A name cannot be both a value and a group such as browser.</source>
        <translation>Сумма должна быть числом, например 29.95, поля да/нет — 1 или 0, а ID транзакции не может быть пустым. Имя не может быть одновременно значением и группой, например browser.</translation>
    </message>
    <message>
        <source>Y: the cardholder was authenticated, without a challenge or after a successful one.</source>
        <translation>Y: держатель карты прошёл аутентификацию — без проверки (challenge) или после успешной проверки.</translation>
    </message>
    <message>
        <source>A: authentication was attempted but not completed; the issuer or the card scheme recorded the attempt.</source>
        <translation>A: аутентификация была начата, но не завершена; эмитент или платёжная система зафиксировали попытку.</translation>
    </message>
    <message>
        <source>N: authentication failed or the account could not be verified.</source>
        <translation>N: аутентификация не пройдена или счёт не удалось проверить.</translation>
    </message>
    <message>
        <source>U: authentication could not be performed because of a technical problem, for example the issuer&apos;s server was down or the card is not enrolled.</source>
        <translation>U: аутентификацию не удалось выполнить из-за технической проблемы, например сервер эмитента не работал или карта не подключена к 3-D Secure.</translation>
    </message>
    <message>
        <source>R: the issuer rejected authentication and asks that no authorization be attempted.</source>
        <translation>R: эмитент отклонил аутентификацию и просит не проводить авторизацию.</translation>
    </message>
    <message>
        <source>C: a challenge was required and is not finished; the cardholder had to confirm in the browser.</source>
        <translation>C: требовалась проверка (challenge), и она не завершена; держатель карты должен был подтвердить оплату в браузере.</translation>
    </message>
    <message>
        <source>D: a decoupled challenge was required and is not finished; the cardholder had to confirm in the bank&apos;s app.</source>
        <translation>D: требовалась отдельная проверка, и она не завершена; держатель карты должен был подтвердить оплату в приложении банка.</translation>
    </message>
    <message>
        <source>I: informational only; the issuer noted the merchant&apos;s preference and no authentication took place.</source>
        <translation>I: только для информации; эмитент учёл пожелание мерчанта, аутентификация не проводилась.</translation>
    </message>
    <message>
        <source>%1: not a known 3-D Secure status.</source>
        <translation>%1: неизвестный статус 3-D Secure.</translation>
    </message>
    <message>
        <source>The result has no 3-D Secure status.</source>
        <translation>В результате нет статуса 3-D Secure.</translation>
    </message>
    <message>
        <source>PAAY has no result yet: the challenge is still open or was abandoned.</source>
        <translation>У PAAY пока нет результата: проверка ещё идёт или была брошена.</translation>
    </message>
    <message>
        <source>The PAAY lookup failed (%1), so the 3-D Secure result is not known.</source>
        <translation>Запрос к PAAY не удался (%1), поэтому результат 3-D Secure неизвестен.</translation>
    </message>
    <message>
        <source>No 3-D Secure data was found on this transaction.</source>
        <translation>В этой транзакции нет данных 3-D Secure.</translation>
    </message>
    <message>
        <source>ECI 05 on %1: fully authenticated.</source>
        <translation>ECI 05 для %1: полная аутентификация.</translation>
    </message>
    <message>
        <source>ECI 06 on %1: authentication attempted.</source>
        <translation>ECI 06 для %1: попытка аутентификации.</translation>
    </message>
    <message>
        <source>ECI 07 on %1: not authenticated, a plain e-commerce transaction.</source>
        <translation>ECI 07 для %1: без аутентификации, обычная интернет-транзакция.</translation>
    </message>
    <message>
        <source>ECI 02 on %1: fully authenticated.</source>
        <translation>ECI 02 для %1: полная аутентификация.</translation>
    </message>
    <message>
        <source>ECI 01 on %1: authentication attempted.</source>
        <translation>ECI 01 для %1: попытка аутентификации.</translation>
    </message>
    <message>
        <source>ECI 00 on %1: not authenticated or not attempted.</source>
        <translation>ECI 00 для %1: аутентификации не было или она не начиналась.</translation>
    </message>
    <message>
        <source>ECI 04 on %1: data only, no authentication.</source>
        <translation>ECI 04 для %1: только передача данных, без аутентификации.</translation>
    </message>
    <message>
        <source>ECI 06 on %1: exempted from strong authentication, out of scope.</source>
        <translation>ECI 06 для %1: освобождено от строгой аутентификации, вне её области.</translation>
    </message>
    <message>
        <source>ECI 07 on %1: authenticated merchant-initiated payment (3RI).</source>
        <translation>ECI 07 для %1: аутентифицированный платёж по инициативе мерчанта (3RI).</translation>
    </message>
    <message>
        <source>ECI %1 is not a known value for %2.</source>
        <translation>ECI %1 — неизвестное значение для %2.</translation>
    </message>
    <message>
        <source>ECI %1 cannot be read because the card brand is not known.</source>
        <translation>ECI %1 нельзя истолковать, потому что платёжная система карты неизвестна.</translation>
    </message>
    <message>
        <source>Liability shifts to the issuer: the cardholder was authenticated.</source>
        <translation>Ответственность переходит на эмитента: держатель карты прошёл аутентификацию.</translation>
    </message>
    <message>
        <source>Liability shifts to the issuer for an attempt, subject to the card scheme&apos;s rules.</source>
        <translation>Ответственность за попытку переходит на эмитента по правилам платёжной системы.</translation>
    </message>
    <message>
        <source>Status %1 normally shifts liability, but ECI %2 does not match it on %3; ask the processor which ECI the authorization carried.</source>
        <translation>Статус %1 обычно переносит ответственность, но ECI %2 ему не соответствует для %3; уточните у процессора, с каким ECI прошла авторизация.</translation>
    </message>
    <message>
        <source>No liability shift: the merchant carries the fraud chargeback risk.</source>
        <translation>Ответственность не переходит: риск чарджбэков по мошенничеству несёт мерчант.</translation>
    </message>
    <message>
        <source>No liability shift, and the issuer asked that the card not be charged.</source>
        <translation>Ответственность не переходит, и эмитент просил не списывать деньги с карты.</translation>
    </message>
    <message>
        <source>Liability shift not known yet: authentication has not finished.</source>
        <translation>Переход ответственности пока неизвестен: аутентификация не завершена.</translation>
    </message>
    <message>
        <source>Liability shift not known, because the 3-D Secure result is not known.</source>
        <translation>Переход ответственности неизвестен, потому что неизвестен результат 3-D Secure.</translation>
    </message>
    <message>
        <source>No liability shift can be claimed without 3-D Secure data on the transaction.</source>
        <translation>Без данных 3-D Secure в транзакции переход ответственности не заявить.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Kind of value to block, which also names the field to fill.</source>
        <translation>Тип блокируемого значения; от него зависит, какое поле заполнить.</translation>
    </message>
    <message>
        <source>Query customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Search customers by id, name, contact details or date range.</source>
        <translation>Поиск клиентов по ID, имени, контактным данным или диапазону дат.</translation>
    </message>
    <message>
        <source>Fill a customer ID, or a start and end date. Searches by name, email address or phone number also need a date range.</source>
        <translation>Укажите ID клиента или начальную и конечную даты. Для поиска по имени, email или номеру телефона тоже нужен диапазон дат.</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <source>List the notes and activity recorded for a customer.</source>
        <translation>Список заметок и действий, записанных по клиенту.</translation>
    </message>
    <message>
        <source>Category of history entries to list.</source>
        <translation>Категория записей истории для вывода.</translation>
    </message>
    <message>
        <source>Update customer</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>Change a customer&apos;s name, addresses, contact details or custom fields.</source>
        <translation>Изменение имени, адресов, контактных данных или пользовательских полей клиента.</translation>
    </message>
    <message>
        <source>Update card</source>
        <translation>Изменение карты</translation>
    </message>
    <message>
        <source>Add a card to a customer or replace a stored one.</source>
        <translation>Добавление карты клиенту или замена сохранённой карты.</translation>
    </message>
    <message>
        <source>ID of the stored payment method to replace, or empty to add a new one.</source>
        <translation>ID сохранённого способа оплаты, который нужно заменить; пусто — добавить новый.</translation>
    </message>
    <message>
        <source>1 to check the card with an authorization before saving it.</source>
        <translation>1 — проверить карту авторизацией перед сохранением.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Add a note to a customer&apos;s history.</source>
        <translation>Добавление заметки в историю клиента.</translation>
    </message>
    <message>
        <source>Text of the note.</source>
        <translation>Текст заметки.</translation>
    </message>
    <message>
        <source>Blacklist value</source>
        <translation>Добавление в чёрный список</translation>
    </message>
    <message>
        <source>Block a card BIN, state and country, email address, phone number or IP address.</source>
        <translation>Блокировка BIN карты, штата и страны, email, номера телефона или IP-адреса.</translation>
    </message>
    <message>
        <source>Query blacklist</source>
        <translation>Поиск в чёрном списке</translation>
    </message>
    <message>
        <source>List blacklist entries.</source>
        <translation>Список записей чёрного списка.</translation>
    </message>
    <message>
        <source>Customer contracts</source>
        <translation>Договоры клиента</translation>
    </message>
    <message>
        <source>List the e-signature contracts of a customer.</source>
        <translation>Список договоров клиента с электронной подписью.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Delete a customer, for example on a privacy request.</source>
        <translation>Удаление клиента, например по запросу на удаление персональных данных.</translation>
    </message>
    <message>
        <source>Import lead</source>
        <translation>Импорт лида</translation>
    </message>
    <message>
        <source>Create a partial order (lead) or update one, before the payment is taken.</source>
        <translation>Создание или изменение незавершённого заказа (лида) до списания оплаты.</translation>
    </message>
    <message>
        <source>Order ID of an existing lead to update, or empty to create a new lead.</source>
        <translation>ID заказа существующего лида, который нужно изменить; пусто — создать новый лид.</translation>
    </message>
    <message>
        <source>A lead needs an email address or a phone number besides the name.</source>
        <translation>Помимо имени, для лида нужен email или номер телефона.</translation>
    </message>
    <message>
        <source>Merchant account number assigned by the acquiring bank.</source>
        <translation>Номер мерчант-аккаунта, выданный банком-эквайером.</translation>
    </message>
    <message>
        <source>Name of the merchant account as shown in Konnektive.</source>
        <translation>Название мерчант-аккаунта, как оно показано в Konnektive.</translation>
    </message>
    <message>
        <source>Payment gateway or processor that the account uses.</source>
        <translation>Платёжный шлюз или процессор, через который работает аккаунт.</translation>
    </message>
    <message>
        <source>Billing descriptor shown on the card statement.</source>
        <translation>Платёжный дескриптор, который виден в выписке по карте.</translation>
    </message>
    <message>
        <source>Four-digit merchant category code (MCC).</source>
        <translation>Четырёхзначный код категории мерчанта (MCC).</translation>
    </message>
    <message>
        <source>Largest amount the account may process per month, a plain decimal.</source>
        <translation>Максимальная сумма, которую аккаунт может провести за месяц, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Query merchant accounts</source>
        <translation>Поиск мерчант-аккаунтов</translation>
    </message>
    <message>
        <source>List merchant accounts (MIDs) and their settings.</source>
        <translation>Список мерчант-аккаунтов (MID) и их настроек.</translation>
    </message>
    <message>
        <source>Status of the merchant accounts to list, such as ACTIVE.</source>
        <translation>Статус мерчант-аккаунтов для вывода, например ACTIVE.</translation>
    </message>
    <message>
        <source>Create merchant account</source>
        <translation>Создание мерчант-аккаунта</translation>
    </message>
    <message>
        <source>Add a merchant account (MID).</source>
        <translation>Добавление мерчант-аккаунта (MID).</translation>
    </message>
    <message>
        <source>Update merchant account</source>
        <translation>Изменение мерчант-аккаунта</translation>
    </message>
    <message>
        <source>Change the settings of a merchant account (MID).</source>
        <translation>Изменение настроек мерчант-аккаунта (MID).</translation>
    </message>
    <message>
        <source>Query recycle profiles</source>
        <translation>Поиск профилей повторных попыток</translation>
    </message>
    <message>
        <source>List the profiles that retry declined rebills.</source>
        <translation>Список профилей повторных попыток для отклонённых ребиллов.</translation>
    </message>
    <message>
        <source>Recycle profile ID, a whole number.</source>
        <translation>ID профиля повторных попыток, целое число.</translation>
    </message>
    <message>
        <source>Query cascade profiles</source>
        <translation>Поиск каскадных профилей</translation>
    </message>
    <message>
        <source>List the profiles that pass a declined charge on to other merchant accounts.</source>
        <translation>Список профилей, которые передают отклонённое списание на другие мерчант-аккаунты.</translation>
    </message>
    <message>
        <source>Cascade profile ID, a whole number.</source>
        <translation>ID каскадного профиля, целое число.</translation>
    </message>
    <message>
        <source>Query BIN mappings</source>
        <translation>Поиск привязок BIN</translation>
    </message>
    <message>
        <source>List the rules that send card BINs to particular merchant accounts.</source>
        <translation>Список правил, которые направляют BIN карт на определённые мерчант-аккаунты.</translation>
    </message>
    <message>
        <source>Query BIN profiles</source>
        <translation>Поиск BIN-профилей</translation>
    </message>
    <message>
        <source>List the BIN profiles that group card BINs for routing.</source>
        <translation>Список BIN-профилей, которые группируют BIN карт для маршрутизации.</translation>
    </message>
    <message>
        <source>BIN profile ID, a whole number.</source>
        <translation>ID BIN-профиля, целое число.</translation>
    </message>
    <message>
        <source>Query merchant profiles</source>
        <translation>Поиск профилей мерчантов</translation>
    </message>
    <message>
        <source>List the load balancer profiles that spread charges over merchant accounts.</source>
        <translation>Список профилей балансировки, которые распределяют списания между мерчант-аккаунтами.</translation>
    </message>
    <message>
        <source>Merchant profile ID, a whole number.</source>
        <translation>ID профиля мерчанта, целое число.</translation>
    </message>
    <message>
        <source>Load balancer ID, a whole number.</source>
        <translation>ID балансировщика, целое число.</translation>
    </message>
    <message>
        <source>Coupon ID, a whole number.</source>
        <translation>ID купона, целое число.</translation>
    </message>
    <message>
        <source>Kind of discount, such as PERCENT or FLAT.</source>
        <translation>Тип скидки, например PERCENT или FLAT.</translation>
    </message>
    <message>
        <source>Size of the discount: a percentage or an amount, as a plain decimal.</source>
        <translation>Размер скидки: процент или сумма, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Number of times the coupon can be used.</source>
        <translation>Сколько раз можно использовать купон.</translation>
    </message>
    <message>
        <source>Query coupons</source>
        <translation>Поиск купонов</translation>
    </message>
    <message>
        <source>List coupons, or look one up by ID or code.</source>
        <translation>Список купонов или поиск купона по ID или коду.</translation>
    </message>
    <message>
        <source>Create coupon</source>
        <translation>Создание купона</translation>
    </message>
    <message>
        <source>Create a coupon code.</source>
        <translation>Создание кода купона.</translation>
    </message>
    <message>
        <source>Update coupon</source>
        <translation>Изменение купона</translation>
    </message>
    <message>
        <source>Change the settings of a coupon.</source>
        <translation>Изменение настроек купона.</translation>
    </message>
    <message>
        <source>Query club members</source>
        <translation>Поиск участников клуба</translation>
    </message>
    <message>
        <source>List the members of a membership club.</source>
        <translation>Список участников клуба.</translation>
    </message>
    <message>
        <source>Fill a member ID, a customer ID, an order ID, a purchase ID, or a start and end date.</source>
        <translation>Укажите ID участника, ID клиента, ID заказа, ID подписки или начальную и конечную даты.</translation>
    </message>
    <message>
        <source>Update club member</source>
        <translation>Изменение участника клуба</translation>
    </message>
    <message>
        <source>Change the details of a club member.</source>
        <translation>Изменение данных участника клуба.</translation>
    </message>
    <message>
        <source>Membership status to set, such as ACTIVE.</source>
        <translation>Новый статус членства, например ACTIVE.</translation>
    </message>
    <message>
        <source>Cancel club membership</source>
        <translation>Отмена членства в клубе</translation>
    </message>
    <message>
        <source>End a member&apos;s club membership.</source>
        <translation>Прекращение членства участника в клубе.</translation>
    </message>
    <message>
        <source>Reactivate club membership</source>
        <translation>Возобновление членства в клубе</translation>
    </message>
    <message>
        <source>Restore a cancelled club membership.</source>
        <translation>Восстановление отменённого членства в клубе.</translation>
    </message>
    <message>
        <source>Check member login</source>
        <translation>Проверка входа участника</translation>
    </message>
    <message>
        <source>Check a club member&apos;s login name and password.</source>
        <translation>Проверка логина и пароля участника клуба.</translation>
    </message>
    <message>
        <source>Login name of the member, usually the email address.</source>
        <translation>Логин участника, обычно его email.</translation>
    </message>
    <message>
        <source>Password of the member.</source>
        <translation>Пароль участника.</translation>
    </message>
    <message>
        <source>Affiliate record ID, a whole number.</source>
        <translation>ID записи партнёра, целое число.</translation>
    </message>
    <message>
        <source>Name of the affiliate.</source>
        <translation>Имя партнёра.</translation>
    </message>
    <message>
        <source>Address that Konnektive calls when the affiliate makes a sale.</source>
        <translation>Адрес, на который Konnektive отправляет запрос при продаже через партнёра.</translation>
    </message>
    <message>
        <source>Query affiliates</source>
        <translation>Поиск партнёров</translation>
    </message>
    <message>
        <source>List affiliates.</source>
        <translation>Список партнёров.</translation>
    </message>
    <message>
        <source>Create affiliate</source>
        <translation>Создание партнёра</translation>
    </message>
    <message>
        <source>Add an affiliate.</source>
        <translation>Добавление партнёра.</translation>
    </message>
    <message>
        <source>Update affiliate</source>
        <translation>Изменение партнёра</translation>
    </message>
    <message>
        <source>Change the details of an affiliate.</source>
        <translation>Изменение данных партнёра.</translation>
    </message>
    <message>
        <source>Shipment status to set.</source>
        <translation>Новый статус отгрузки.</translation>
    </message>
    <message>
        <source>Tracking number given by the carrier.</source>
        <translation>Трек-номер, выданный службой доставки.</translation>
    </message>
    <message>
        <source>Query fulfillments</source>
        <translation>Поиск отгрузок</translation>
    </message>
    <message>
        <source>List shipments in a date range.</source>
        <translation>Список отгрузок за период.</translation>
    </message>
    <message>
        <source>Status of the shipments to list.</source>
        <translation>Статус отгрузок для вывода.</translation>
    </message>
    <message>
        <source>Only the date range and paging are confirmed, and the other filters are guesses.</source>
        <translation>Подтверждены только диапазон дат и постраничный вывод, остальные фильтры предположительные.</translation>
    </message>
    <message>
        <source>Update fulfillment</source>
        <translation>Изменение отгрузки</translation>
    </message>
    <message>
        <source>Set the shipment status, tracking or return details of an order.</source>
        <translation>Установка статуса отгрузки, трек-номера или данных возврата товара по заказу.</translation>
    </message>
    <message>
        <source>Date the shipment left, in MM/DD/YYYY form.</source>
        <translation>Дата отправки в формате MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Carrier of the shipment, such as UPS.</source>
        <translation>Служба доставки, например UPS.</translation>
    </message>
    <message>
        <source>Shipping method, such as GROUND.</source>
        <translation>Способ доставки, например GROUND.</translation>
    </message>
    <message>
        <source>Return merchandise authorization (RMA) number.</source>
        <translation>Номер разрешения на возврат товара (RMA).</translation>
    </message>
    <message>
        <source>Date the return arrived, in MM/DD/YYYY form.</source>
        <translation>Дата поступления возврата в формате MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Fill an order ID or a fulfillment ID.</source>
        <translation>Укажите ID заказа или ID отгрузки.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Транзакции</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Gateways/MIDs</source>
        <translation>Шлюзы/MID</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <source>Members/clubs</source>
        <translation>Участники/клубы</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Отгрузки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>PAAY 3DS</source>
        <translation>PAAY 3DS</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Произвольный запрос</translation>
    </message>
    <message>
        <source>Campaign product ID of this line, a whole number.</source>
        <translation>ID товара кампании для этой строки, целое число.</translation>
    </message>
    <message>
        <source>Quantity of this line, or empty for 1.</source>
        <translation>Количество в этой строке; пусто — 1.</translation>
    </message>
    <message>
        <source>Unit price that replaces the campaign price, a plain decimal.</source>
        <translation>Цена за единицу вместо цены из кампании, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Shipping price that replaces the campaign one, a plain decimal.</source>
        <translation>Стоимость доставки вместо заданной в кампании, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>Импорт заказа</translation>
    </message>
    <message>
        <source>Create and charge a new order, or complete an order started by a lead import.</source>
        <translation>Создание нового заказа со списанием оплаты или завершение заказа, начатого импортом лида.</translation>
    </message>
    <message>
        <source>Order ID from an earlier lead import, which lets the address fields stay empty.</source>
        <translation>ID заказа из предыдущего импорта лида; с ним поля адреса можно оставить пустыми.</translation>
    </message>
    <message>
        <source>ID of an existing customer, used with the ACCTONFILE pay source.</source>
        <translation>ID существующего клиента; используется с источником оплаты ACCTONFILE.</translation>
    </message>
    <message>
        <source>How the customer pays.</source>
        <translation>Способ оплаты клиента.</translation>
    </message>
    <message>
        <source>Shipping profile ID, a whole number.</source>
        <translation>ID профиля доставки, целое число.</translation>
    </message>
    <message>
        <source>Sales tax amount that replaces the computed one, a plain decimal.</source>
        <translation>Сумма налога с продаж вместо рассчитанной, обычное десятичное число.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) that must process the charge.</source>
        <translation>ID мерчант-аккаунта (MID), через который нужно провести списание.</translation>
    </message>
    <message>
        <source>Merchant account (MID) ID of an earlier preauthorization to capture.</source>
        <translation>ID мерчант-аккаунта (MID) предыдущей предавторизации, по которой нужно списать деньги.</translation>
    </message>
    <message>
        <source>Processor transaction ID of an earlier preauthorization to capture.</source>
        <translation>ID транзакции у процессора для предыдущей предавторизации, по которой нужно списать деньги.</translation>
    </message>
    <message>
        <source>1 to hold the order in the QA queue.</source>
        <translation>1 — задержать заказ в очереди проверки (QA).</translation>
    </message>
    <message>
        <source>1 to add shipping insurance.</source>
        <translation>1 — добавить страховку доставки.</translation>
    </message>
    <message>
        <source>Address of the checkout page, starting with https://.</source>
        <translation>Адрес страницы оформления заказа, начинается с https://.</translation>
    </message>
    <message>
        <source>Address the bank sends the shopper to after a passed 3-D Secure check.</source>
        <translation>Адрес, на который банк направит покупателя после успешной проверки 3-D Secure.</translation>
    </message>
    <message>
        <source>Address the bank sends the shopper to after a failed 3-D Secure check.</source>
        <translation>Адрес, на который банк направит покупателя после неудачной проверки 3-D Secure.</translation>
    </message>
    <message>
        <source>ECI code of a 3-D Secure check done elsewhere.</source>
        <translation>Код ECI проверки 3-D Secure, выполненной в другой системе.</translation>
    </message>
    <message>
        <source>Transaction id (XID or dsTransId) of a 3-D Secure check done elsewhere.</source>
        <translation>ID транзакции (XID или dsTransId) проверки 3-D Secure, выполненной в другой системе.</translation>
    </message>
    <message>
        <source>Authentication value (CAVV) of a 3-D Secure check done elsewhere.</source>
        <translation>Значение аутентификации (CAVV) проверки 3-D Secure, выполненной в другой системе.</translation>
    </message>
    <message>
        <source>ECI code for the rebill charge.</source>
        <translation>Код ECI для списания ребилла.</translation>
    </message>
    <message>
        <source>3-D Secure transaction id (XID) for the rebill charge.</source>
        <translation>ID транзакции 3-D Secure (XID) для списания ребилла.</translation>
    </message>
    <message>
        <source>3-D Secure authentication value (CAVV) for the rebill charge.</source>
        <translation>Значение аутентификации 3-D Secure (CAVV) для списания ребилла.</translation>
    </message>
    <message>
        <source>ACS transaction id from a PAAY 3-D Secure authentication.</source>
        <translation>ID транзакции ACS из аутентификации PAAY 3-D Secure.</translation>
    </message>
    <message>
        <source>3-D Secure result status letter, such as Y or A.</source>
        <translation>Буква статуса результата 3-D Secure, например Y или A.</translation>
    </message>
    <message>
        <source>Browser details of the shopper as sent by the checkout page.</source>
        <translation>Данные браузера покупателя, переданные страницей оформления заказа.</translation>
    </message>
    <message>
        <source>Without an order ID from a lead import, the API needs the billing name, address, email address, phone number and IP address.</source>
        <translation>Без ID заказа из импорта лида API требует имя и адрес плательщика, email, номер телефона и IP-адрес.</translation>
    </message>
    <message>
        <source>A reply with result MERC_REDIRECT means the bank wants a 3-D Secure step first.</source>
        <translation>Ответ с result MERC_REDIRECT означает, что банк сначала требует проверку 3-D Secure.</translation>
    </message>
    <message>
        <source>Preauthorize card</source>
        <translation>Предавторизация карты</translation>
    </message>
    <message>
        <source>Authorize a card for a lead without capturing the money.</source>
        <translation>Авторизация карты для лида без списания денег.</translation>
    </message>
    <message>
        <source>Import upsell</source>
        <translation>Импорт апсейла</translation>
    </message>
    <message>
        <source>Add an upsell to an existing order and charge the stored payment method.</source>
        <translation>Добавление апсейла к существующему заказу со списанием через сохранённый способ оплаты.</translation>
    </message>
    <message>
        <source>Campaign product ID of the upsell, a whole number.</source>
        <translation>ID товара кампании для апсейла, целое число.</translation>
    </message>
    <message>
        <source>Quantity of the upsell product.</source>
        <translation>Количество товара в апсейле.</translation>
    </message>
    <message>
        <source>Product ID of an earlier offer on the order that this upsell replaces.</source>
        <translation>ID товара из предыдущего предложения в заказе, который заменяет этот апсейл.</translation>
    </message>
    <message>
        <source>Billing descriptor shown on the card statement for this charge.</source>
        <translation>Платёжный дескриптор этого списания в выписке по карте.</translation>
    </message>
    <message>
        <source>Give the upsell either as productId with productQty and the price fields, or as numbered product lines. Working integrations use both forms, so fill only one.</source>
        <translation>Укажите апсейл либо через productId с productQty и полями цены, либо нумерованными строками товаров. В рабочих интеграциях встречаются оба способа, поэтому заполните только один.</translation>
    </message>
    <message>
        <source>Status of the orders to list.</source>
        <translation>Статус заказов для вывода.</translation>
    </message>
    <message>
        <source>Kind of the orders to list: a new sale, a rebill or a chargeback.</source>
        <translation>Тип заказов для вывода: новая продажа, ребилл или чарджбэк.</translation>
    </message>
    <message>
        <source>UTM value to match exactly, case-sensitive.</source>
        <translation>Значение UTM для точного совпадения с учётом регистра.</translation>
    </message>
    <message>
        <source>Query orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <source>Search orders by id, customer, contact details or date range.</source>
        <translation>Поиск заказов по ID, клиенту, контактным данным или диапазону дат.</translation>
    </message>
    <message>
        <source>1 to list only orders that a call center saved after a decline.</source>
        <translation>1 — только заказы, которые колл-центр сохранил после отказа.</translation>
    </message>
    <message>
        <source>1 to add the account&apos;s custom fields to each order.</source>
        <translation>1 — добавить к каждому заказу пользовательские поля аккаунта.</translation>
    </message>
    <message>
        <source>1 to add a browserDetails object to each order.</source>
        <translation>1 — добавить к каждому заказу объект browserDetails.</translation>
    </message>
    <message>
        <source>1 to include orders that came from external sources.</source>
        <translation>1 — включить заказы из внешних источников.</translation>
    </message>
    <message>
        <source>Fill an order ID, a customer ID, an email address, a phone number or a date range. The live API may also want a date range with an email address or phone number.</source>
        <translation>Укажите ID заказа, ID клиента, email, номер телефона или диапазон дат. Рабочий API может также требовать диапазон дат вместе с email или номером телефона.</translation>
    </message>
    <message>
        <source>Update order</source>
        <translation>Изменение заказа</translation>
    </message>
    <message>
        <source>Change the billing or shipping details of an order.</source>
        <translation>Изменение платёжных данных или данных доставки в заказе.</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Возврат по заказу</translation>
    </message>
    <message>
        <source>Refund all or part of an order.</source>
        <translation>Полный или частичный возврат по заказу.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <source>Cancel an order and its continuing subscriptions.</source>
        <translation>Отмена заказа и его действующих подписок.</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Подтверждение заказа</translation>
    </message>
    <message>
        <source>Mark an order&apos;s checkout as finished, which sends its confirmation email and postbacks.</source>
        <translation>Отметка оформления заказа как завершённого; при этом отправляются письмо с подтверждением и постбэки.</translation>
    </message>
    <message>
        <source>Rerun declined sale</source>
        <translation>Повтор отклонённой продажи</translation>
    </message>
    <message>
        <source>Charge a declined new sale again.</source>
        <translation>Повторное списание по отклонённой новой продаже.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) to charge through.</source>
        <translation>ID мерчант-аккаунта (MID), через который провести списание.</translation>
    </message>
    <message>
        <source>ID of the load balancer to charge through.</source>
        <translation>ID балансировщика, через который провести списание.</translation>
    </message>
    <message>
        <source>Approve or decline QA</source>
        <translation>Решение по проверке QA</translation>
    </message>
    <message>
        <source>Approve or decline an order held in the QA queue.</source>
        <translation>Одобрение или отклонение заказа, задержанного в очереди проверки (QA).</translation>
    </message>
    <message>
        <source>Decision for the held order.</source>
        <translation>Решение по задержанному заказу.</translation>
    </message>
    <message>
        <source>Card number of 12 to 19 digits, typed without spaces.</source>
        <translation>Номер карты из 12–19 цифр, без пробелов.</translation>
    </message>
    <message>
        <source>Card expiry month as two digits, 01 to 12.</source>
        <translation>Месяц окончания срока действия карты, две цифры от 01 до 12.</translation>
    </message>
    <message>
        <source>Card expiry year as two digits, such as 28 for 2028.</source>
        <translation>Год окончания срока действия карты, две цифры, например 28 для 2028.</translation>
    </message>
    <message>
        <source>Purchase amount in major currency units, such as 29.95.</source>
        <translation>Сумма покупки в основных денежных единицах, например 29.95.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, alphabetic such as USD or numeric such as 840.</source>
        <translation>Код валюты ISO 4217: буквенный, например USD, или цифровой, например 840.</translation>
    </message>
    <message>
        <source>Address of the merchant&apos;s website, starting with https://.</source>
        <translation>Адрес сайта мерчанта, начинается с https://.</translation>
    </message>
    <message>
        <source>EMV message category: 01 for a payment, 02 for a non-payment check.</source>
        <translation>Категория сообщения EMV: 01 — платёж, 02 — проверка без платежа.</translation>
    </message>
    <message>
        <source>EMV 3-D Secure version to force, or empty to let PAAY pick the highest one.</source>
        <translation>Версия EMV 3-D Secure, которую нужно задать принудительно; пусто — PAAY выберет самую новую.</translation>
    </message>
    <message>
        <source>First address line.</source>
        <translation>Первая строка адреса.</translation>
    </message>
    <message>
        <source>Second address line.</source>
        <translation>Вторая строка адреса.</translation>
    </message>
    <message>
        <source>Postal or ZIP code.</source>
        <translation>Почтовый индекс (ZIP).</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Город.</translation>
    </message>
    <message>
        <source>State or province code, such as TX for Texas.</source>
        <translation>Код штата или провинции, например TX для Техаса.</translation>
    </message>
    <message>
        <source>Country code, such as US or 840.</source>
        <translation>Код страны, например US или 840.</translation>
    </message>
    <message>
        <source>HTTP Accept header sent by the cardholder&apos;s browser.</source>
        <translation>Заголовок HTTP Accept, отправленный браузером держателя карты.</translation>
    </message>
    <message>
        <source>1 if the cardholder&apos;s browser runs Java, otherwise 0.</source>
        <translation>1, если в браузере держателя карты работает Java, иначе 0.</translation>
    </message>
    <message>
        <source>1 if the cardholder&apos;s browser runs JavaScript, otherwise 0.</source>
        <translation>1, если в браузере держателя карты работает JavaScript, иначе 0.</translation>
    </message>
    <message>
        <source>Language tag of the cardholder&apos;s browser, such as en-US.</source>
        <translation>Языковой тег браузера держателя карты, например en-US.</translation>
    </message>
    <message>
        <source>Screen color depth of the cardholder&apos;s browser in bits, such as 24.</source>
        <translation>Глубина цвета экрана в браузере держателя карты в битах, например 24.</translation>
    </message>
    <message>
        <source>Screen width of the cardholder&apos;s browser in pixels.</source>
        <translation>Ширина экрана в браузере держателя карты в пикселях.</translation>
    </message>
    <message>
        <source>Screen height of the cardholder&apos;s browser in pixels.</source>
        <translation>Высота экрана в браузере держателя карты в пикселях.</translation>
    </message>
    <message>
        <source>Time zone offset of the cardholder&apos;s browser from UTC in minutes, such as 300.</source>
        <translation>Смещение часового пояса браузера держателя карты относительно UTC в минутах, например 300.</translation>
    </message>
    <message>
        <source>User-Agent header sent by the cardholder&apos;s browser.</source>
        <translation>Заголовок User-Agent, отправленный браузером держателя карты.</translation>
    </message>
    <message>
        <source>3DS result</source>
        <translation>Результат 3DS</translation>
    </message>
    <message>
        <source>Fetch the result of a PAAY 3-D Secure authentication.</source>
        <translation>Получение результата аутентификации PAAY 3-D Secure.</translation>
    </message>
    <message>
        <source>PAAY transaction ID, a UUID returned when the authentication started.</source>
        <translation>ID транзакции PAAY — UUID, полученный при запуске аутентификации.</translation>
    </message>
    <message>
        <source>Public integrations fetch results from /transaction/{transactionId}/updates, which answers 404 while the result is pending or the challenge was abandoned.</source>
        <translation>Публичные интеграции получают результаты через /transaction/{transactionId}/updates; этот путь отвечает 404, пока результат не готов или если проверка (challenge) прервана.</translation>
    </message>
    <message>
        <source>Browser authentication</source>
        <translation>Аутентификация в браузере</translation>
    </message>
    <message>
        <source>Start an EMV 3-D Secure authentication for a cardholder at a browser.</source>
        <translation>Запуск аутентификации EMV 3-D Secure для держателя карты в браузере.</translation>
    </message>
    <message>
        <source>Challenge preference: 01 none, 02 no challenge, 03 challenge wanted, 04 challenge mandated.</source>
        <translation>Предпочтение по проверке (challenge): 01 — нет, 02 — без проверки, 03 — проверка желательна, 04 — проверка обязательна.</translation>
    </message>
    <message>
        <source>EMV challenge window size code, from 01 (250 x 400) to 05 (full screen).</source>
        <translation>Код размера окна проверки EMV: от 01 (250 x 400) до 05 (весь экран).</translation>
    </message>
    <message>
        <source>EMV authentication indicator, where 01 is a payment transaction.</source>
        <translation>Индикатор аутентификации EMV, где 01 — платёжная транзакция.</translation>
    </message>
    <message>
        <source>EMV transaction type, where 01 is a purchase of goods or services.</source>
        <translation>Тип транзакции EMV, где 01 — покупка товаров или услуг.</translation>
    </message>
    <message>
        <source>Number of seconds after which PAAY gives up the authentication.</source>
        <translation>Через сколько секунд PAAY прекращает аутентификацию.</translation>
    </message>
    <message>
        <source>Email address of the cardholder.</source>
        <translation>Email держателя карты.</translation>
    </message>
    <message>
        <source>Cardholder name as printed on the card.</source>
        <translation>Имя держателя карты, как на карте.</translation>
    </message>
    <message>
        <source>Y if the shipping address equals the billing address, otherwise N.</source>
        <translation>Y, если адрес доставки совпадает с платёжным адресом, иначе N.</translation>
    </message>
    <message>
        <source>The browser fields must come from the cardholder&apos;s own browser. Never fill them with the details of this computer.</source>
        <translation>Поля браузера должны заполняться данными из браузера самого держателя карты. Никогда не указывайте в них данные этого компьютера.</translation>
    </message>
    <message>
        <source>A challenge (status C) must be completed by the cardholder in their browser.</source>
        <translation>Проверку (status C) держатель карты должен пройти в своём браузере.</translation>
    </message>
    <message>
        <source>3RI authentication</source>
        <translation>Аутентификация 3RI</translation>
    </message>
    <message>
        <source>Authenticate a merchant-initiated charge, such as a rebill, without the cardholder.</source>
        <translation>Аутентификация списания по инициативе мерчанта, например ребилла, без участия держателя карты.</translation>
    </message>
    <message>
        <source>EMV 3RI indicator: 01 recurring, 02 instalment, 03 to 11 other merchant-initiated cases.</source>
        <translation>Индикатор EMV 3RI: 01 — регулярный платёж, 02 — рассрочка, с 03 по 11 — другие случаи по инициативе мерчанта.</translation>
    </message>
    <message>
        <source>PAAY transaction ID or dsTransId of the original cardholder authentication.</source>
        <translation>ID транзакции PAAY или dsTransId исходной аутентификации держателя карты.</translation>
    </message>
    <message>
        <source>No public source shows this path or its fields. 3RI needs protocol 2.2.0 and a new authentication for each charge, because an authentication value is single-use.</source>
        <translation>Ни один публичный источник не описывает этот путь и его поля. Для 3RI нужен протокол 2.2.0 и новая аутентификация для каждого списания, так как значение аутентификации одноразовое.</translation>
    </message>
    <message>
        <source>Order with 3DS results</source>
        <translation>Заказ с результатами 3DS</translation>
    </message>
    <message>
        <source>Show an order with its transactions and the PAAY 3-D Secure results beside them.</source>
        <translation>Просмотр заказа с транзакциями и результатами PAAY 3-D Secure по каждой из них.</translation>
    </message>
    <message>
        <source>Send any Konnektive path with parameters typed as key and value pairs.</source>
        <translation>Отправка любого пути Konnektive с параметрами в виде пар «ключ — значение».</translation>
    </message>
    <message>
        <source>Order ID, the alphanumeric id of an order such as 7B83FF8095.</source>
        <translation>ID заказа — буквенно-цифровой идентификатор, например 7B83FF8095.</translation>
    </message>
    <message>
        <source>Customer ID, a whole number.</source>
        <translation>ID клиента, целое число.</translation>
    </message>
    <message>
        <source>Campaign ID, a whole number.</source>
        <translation>ID кампании, целое число.</translation>
    </message>
    <message>
        <source>Product ID, a whole number.</source>
        <translation>ID товара, целое число.</translation>
    </message>
    <message>
        <source>Purchase (subscription) ID, an alphanumeric id.</source>
        <translation>ID подписки (purchase), буквенно-цифровой идентификатор.</translation>
    </message>
    <message>
        <source>Konnektive transaction ID, a whole number.</source>
        <translation>ID транзакции Konnektive, целое число.</translation>
    </message>
    <message>
        <source>Konnektive merchant account (MID) ID, a whole number.</source>
        <translation>ID мерчант-аккаунта (MID) в Konnektive, целое число.</translation>
    </message>
    <message>
        <source>Membership club ID, a whole number.</source>
        <translation>ID клуба, целое число.</translation>
    </message>
    <message>
        <source>Club member ID, an alphanumeric id.</source>
        <translation>ID участника клуба, буквенно-цифровой идентификатор.</translation>
    </message>
    <message>
        <source>Fulfillment ID, as listed under fulfillments in an order query reply.</source>
        <translation>ID отгрузки, как в списке fulfillments ответа на поиск заказов.</translation>
    </message>
    <message>
        <source>Session ID returned by an earlier click import.</source>
        <translation>ID сессии, полученный при предыдущем импорте клика.</translation>
    </message>
    <message>
        <source>Affiliate code (affId).</source>
        <translation>Код партнёра (affId).</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Имя.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Фамилия.</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Название компании.</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 country code, such as US.</source>
        <translation>Двухбуквенный код страны ISO 3166, например US.</translation>
    </message>
    <message>
        <source>Email address, such as name@example.com.</source>
        <translation>Адрес электронной почты, например name@example.com.</translation>
    </message>
    <message>
        <source>Phone number made of digits, spaces, +, - and parentheses.</source>
        <translation>Номер телефона из цифр, пробелов, +, - и скобок.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address of the customer, such as 203.0.113.5.</source>
        <translation>IPv4- или IPv6-адрес клиента, например 203.0.113.5.</translation>
    </message>
    <message>
        <source>First name for shipping.</source>
        <translation>Имя получателя.</translation>
    </message>
    <message>
        <source>Last name for shipping.</source>
        <translation>Фамилия получателя.</translation>
    </message>
    <message>
        <source>Company name for shipping.</source>
        <translation>Название компании получателя.</translation>
    </message>
    <message>
        <source>First shipping address line.</source>
        <translation>Первая строка адреса доставки.</translation>
    </message>
    <message>
        <source>Second shipping address line.</source>
        <translation>Вторая строка адреса доставки.</translation>
    </message>
    <message>
        <source>Shipping city.</source>
        <translation>Город доставки.</translation>
    </message>
    <message>
        <source>Shipping state or province code, such as TX for Texas.</source>
        <translation>Код штата или провинции доставки, например TX для Техаса.</translation>
    </message>
    <message>
        <source>Shipping postal or ZIP code.</source>
        <translation>Почтовый индекс (ZIP) доставки.</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 shipping country code, such as US.</source>
        <translation>Двухбуквенный код страны доставки ISO 3166, например US.</translation>
    </message>
    <message>
        <source>1 to ship to the billing address, 0 to use the shipping fields.</source>
        <translation>1 — доставить на платёжный адрес, 0 — использовать поля доставки.</translation>
    </message>
    <message>
        <source>Free custom value stored with the record.</source>
        <translation>Произвольное значение, которое хранится вместе с записью.</translation>
    </message>
    <message>
        <source>Coupon code to apply.</source>
        <translation>Код купона, который нужно применить.</translation>
    </message>
    <message>
        <source>1 to create a new customer even when one with the same details exists.</source>
        <translation>1 — создать нового клиента, даже если клиент с такими данными уже есть.</translation>
    </message>
    <message>
        <source>Free tracking value, such as a sub-affiliate code.</source>
        <translation>Произвольное значение для отслеживания, например код субпартнёра.</translation>
    </message>
    <message>
        <source>First day of the range in MM/DD/YYYY form, because the API ignores the time of day.</source>
        <translation>Первый день периода в формате MM/DD/YYYY; время суток API не учитывает.</translation>
    </message>
    <message>
        <source>Last day of the range in MM/DD/YYYY form, because the API ignores the time of day.</source>
        <translation>Последний день периода в формате MM/DD/YYYY; время суток API не учитывает.</translation>
    </message>
    <message>
        <source>Date that the range filters on, or empty for dateCreated.</source>
        <translation>Дата, по которой фильтруется период; пусто — dateCreated.</translation>
    </message>
    <message>
        <source>Sort order of the results: 0 for descending, 1 for ascending.</source>
        <translation>Порядок сортировки: 0 — по убыванию, 1 — по возрастанию.</translation>
    </message>
    <message>
        <source>Number of records per page from 1 to 200, or empty for 25.</source>
        <translation>Число записей на странице, от 1 до 200; пусто — 25.</translation>
    </message>
    <message>
        <source>Page number, counted from 1.</source>
        <translation>Номер страницы, начиная с 1.</translation>
    </message>
    <message>
        <source>Card expiry month, from 1 to 12.</source>
        <translation>Месяц окончания срока действия карты, от 1 до 12.</translation>
    </message>
    <message>
        <source>Card expiry year in four digits, such as 2028.</source>
        <translation>Год окончания срока действия карты, четыре цифры, например 2028.</translation>
    </message>
    <message>
        <source>Card security code (CVV) of 3 or 4 digits.</source>
        <translation>Код безопасности карты (CVV) из 3 или 4 цифр.</translation>
    </message>
    <message>
        <source>Card expiry date in MM/YY or MM/YYYY form.</source>
        <translation>Срок действия карты в формате MM/YY или MM/YYYY.</translation>
    </message>
    <message>
        <source>First six digits of the card number (BIN).</source>
        <translation>Первые шесть цифр номера карты (BIN).</translation>
    </message>
    <message>
        <source>ID of a payment method stored on the customer, a whole number.</source>
        <translation>ID сохранённого у клиента способа оплаты, целое число.</translation>
    </message>
    <message>
        <source>Type of the bank account charged by ACH.</source>
        <translation>Тип банковского счёта для списания через ACH.</translation>
    </message>
    <message>
        <source>Nine-digit bank routing number.</source>
        <translation>Девятизначный банковский маршрутный номер (routing number).</translation>
    </message>
    <message>
        <source>Bank account number, digits only.</source>
        <translation>Номер банковского счёта, только цифры.</translation>
    </message>
    <message>
        <source>1 to refund the whole amount, so no refund amount is needed.</source>
        <translation>1 — вернуть всю сумму; сумму возврата указывать не нужно.</translation>
    </message>
    <message>
        <source>Amount to refund, a plain decimal such as 19.99.</source>
        <translation>Сумма возврата, обычное десятичное число, например 19.99.</translation>
    </message>
    <message>
        <source>Reason for the refund, stored with the record.</source>
        <translation>Причина возврата, сохраняется в записи.</translation>
    </message>
    <message>
        <source>Reason for the cancellation.</source>
        <translation>Причина отмены.</translation>
    </message>
    <message>
        <source>1 to let the next rebill run and cancel after it.</source>
        <translation>1 — провести следующий ребилл и отменить после него.</translation>
    </message>
    <message>
        <source>Set fullRefund to 1, or give the amount to refund.</source>
        <translation>Установите fullRefund = 1 или укажите сумму возврата.</translation>
    </message>
    <message>
        <source>Product ID to limit the report to, a whole number.</source>
        <translation>ID товара, по которому строится отчёт, целое число.</translation>
    </message>
    <message>
        <source>Campaign ID to limit the report to, a whole number.</source>
        <translation>ID кампании, по которой строится отчёт, целое число.</translation>
    </message>
    <message>
        <source>No public documentation lists this endpoint&apos;s parameters, so these fields are guesses. Add other names as extra name and value rows.</source>
        <translation>Параметры этого метода не описаны ни в одной публичной документации, поэтому эти поля предположительные. Другие имена добавьте дополнительными строками «имя — значение».</translation>
    </message>
    <message>
        <source>Name of the product.</source>
        <translation>Название товара.</translation>
    </message>
    <message>
        <source>Stock keeping unit (SKU) of the product.</source>
        <translation>Артикул товара (SKU).</translation>
    </message>
    <message>
        <source>Type of the product, such as OFFER or UPSALE.</source>
        <translation>Тип товара, например OFFER или UPSALE.</translation>
    </message>
    <message>
        <source>Price of the product, a plain decimal such as 39.95.</source>
        <translation>Цена товара, обычное десятичное число, например 39.95.</translation>
    </message>
    <message>
        <source>Cost of the product to the merchant, a plain decimal.</source>
        <translation>Себестоимость товара для мерчанта, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Shipping price of the product, a plain decimal.</source>
        <translation>Стоимость доставки товара, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Category name of the product.</source>
        <translation>Название категории товара.</translation>
    </message>
    <message>
        <source>Category ID of the product, a whole number.</source>
        <translation>ID категории товара, целое число.</translation>
    </message>
    <message>
        <source>Name of the campaign.</source>
        <translation>Название кампании.</translation>
    </message>
    <message>
        <source>Sales channel of the campaign.</source>
        <translation>Канал продаж кампании.</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 currency code, such as USD.</source>
        <translation>Трёхбуквенный код валюты ISO 4217, например USD.</translation>
    </message>
    <message>
        <source>Two-letter country codes the campaign sells to, separated by commas.</source>
        <translation>Двухбуквенные коды стран, в которых продаёт кампания, через запятую.</translation>
    </message>
    <message>
        <source>Query products</source>
        <translation>Поиск товаров</translation>
    </message>
    <message>
        <source>List products, or look one up by its ID.</source>
        <translation>Список товаров или поиск товара по ID.</translation>
    </message>
    <message>
        <source>Only the productId filter is confirmed. The reply lists products in an object keyed by product ID, without paging.</source>
        <translation>Подтверждён только фильтр productId. Ответ содержит товары в объекте с ключами по ID товара, без постраничного вывода.</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>Создание товара</translation>
    </message>
    <message>
        <source>Create a product.</source>
        <translation>Создание товара.</translation>
    </message>
    <message>
        <source>Update product</source>
        <translation>Изменение товара</translation>
    </message>
    <message>
        <source>Change the details of a product.</source>
        <translation>Изменение данных товара.</translation>
    </message>
    <message>
        <source>Query campaigns</source>
        <translation>Поиск кампаний</translation>
    </message>
    <message>
        <source>List campaigns with their products and settings.</source>
        <translation>Список кампаний с их товарами и настройками.</translation>
    </message>
    <message>
        <source>Some client libraries send a date range unless a campaign ID is given, so add one if the API rejects the query.</source>
        <translation>Некоторые клиентские библиотеки отправляют диапазон дат, если не указан ID кампании, поэтому укажите его, если API отклоняет запрос.</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Создание кампании</translation>
    </message>
    <message>
        <source>Create a campaign.</source>
        <translation>Создание кампании.</translation>
    </message>
    <message>
        <source>Update campaign</source>
        <translation>Изменение кампании</translation>
    </message>
    <message>
        <source>Change the details of a campaign.</source>
        <translation>Изменение данных кампании.</translation>
    </message>
    <message>
        <source>Query purchases</source>
        <translation>Поиск подписок</translation>
    </message>
    <message>
        <source>Search subscriptions by purchase, order, customer or date range.</source>
        <translation>Поиск подписок по ID подписки, заказу, клиенту или диапазону дат.</translation>
    </message>
    <message>
        <source>Status of the subscriptions to list.</source>
        <translation>Статус подписок для вывода.</translation>
    </message>
    <message>
        <source>Fill a purchase ID, an order ID, a customer ID, or a start and end date. Some integrations send a date range with a customer ID as well.</source>
        <translation>Укажите ID подписки, ID заказа, ID клиента или начальную и конечную даты. Некоторые интеграции вместе с ID клиента тоже отправляют диапазон дат.</translation>
    </message>
    <message>
        <source>The status filter values are the ones seen in replies, and no source confirms that the API filters on them.</source>
        <translation>Значения фильтра по статусу взяты из ответов, и ни один источник не подтверждает, что API по ним фильтрует.</translation>
    </message>
    <message>
        <source>Update purchase</source>
        <translation>Изменение подписки</translation>
    </message>
    <message>
        <source>Change the price, schedule or merchant account of a subscription, or restart it.</source>
        <translation>Изменение цены, графика или мерчант-аккаунта подписки либо её перезапуск.</translation>
    </message>
    <message>
        <source>1 to restart a cancelled or inactive subscription.</source>
        <translation>1 — перезапустить отменённую или неактивную подписку.</translation>
    </message>
    <message>
        <source>Recycle status to set on the subscription.</source>
        <translation>Статус повторных попыток, который нужно установить для подписки.</translation>
    </message>
    <message>
        <source>1 to bill the next cycle now.</source>
        <translation>1 — списать оплату за следующий цикл сейчас.</translation>
    </message>
    <message>
        <source>ID of the merchant account (MID) that bills future cycles.</source>
        <translation>ID мерчант-аккаунта (MID) для списаний в следующих циклах.</translation>
    </message>
    <message>
        <source>Price of the next rebills, a plain decimal such as 39.95.</source>
        <translation>Цена следующих ребиллов, обычное десятичное число, например 39.95.</translation>
    </message>
    <message>
        <source>Shipping price of the next rebills, a plain decimal.</source>
        <translation>Стоимость доставки в следующих ребиллах, обычное десятичное число.</translation>
    </message>
    <message>
        <source>Date of the next rebill in MM/DD/YYYY form.</source>
        <translation>Дата следующего ребилла в формате MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Number of days between rebills.</source>
        <translation>Число дней между ребиллами.</translation>
    </message>
    <message>
        <source>Number of the last billing cycle before the subscription ends.</source>
        <translation>Номер последнего платёжного цикла перед окончанием подписки.</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Отмена подписки</translation>
    </message>
    <message>
        <source>Cancel a subscription.</source>
        <translation>Отмена подписки.</translation>
    </message>
    <message>
        <source>1 to cancel a shipment that has not gone out yet.</source>
        <translation>1 — отменить отгрузку, которая ещё не отправлена.</translation>
    </message>
    <message>
        <source>Pause purchase</source>
        <translation>Приостановка подписки</translation>
    </message>
    <message>
        <source>Pause a subscription until a restart date.</source>
        <translation>Приостановка подписки до даты возобновления.</translation>
    </message>
    <message>
        <source>Date the subscription restarts, in MM/DD/YYYY form.</source>
        <translation>Дата возобновления подписки в формате MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>1 to pause before the next rebill runs.</source>
        <translation>1 — приостановить до того, как пройдёт следующий ребилл.</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>Возврат по подписке</translation>
    </message>
    <message>
        <source>Refund all or part of a subscription charge.</source>
        <translation>Полный или частичный возврат списания по подписке.</translation>
    </message>
    <message>
        <source>How the report groups its rows: by date, campaign or product.</source>
        <translation>Группировка строк отчёта: по дате, кампании или товару.</translation>
    </message>
    <message>
        <source>MID summary</source>
        <translation>Сводка по MID</translation>
    </message>
    <message>
        <source>Show sales, declines and refunds per merchant account (MID).</source>
        <translation>Продажи, отказы и возвраты по каждому мерчант-аккаунту (MID).</translation>
    </message>
    <message>
        <source>Merchant account (MID) ID to limit the report to.</source>
        <translation>ID мерчант-аккаунта (MID), по которому строится отчёт.</translation>
    </message>
    <message>
        <source>Transaction summary</source>
        <translation>Сводка по транзакциям</translation>
    </message>
    <message>
        <source>Show counts and revenue of sales, rebills, declines and refunds for a period.</source>
        <translation>Количество и выручка по продажам, ребиллам, отказам и возвратам за период.</translation>
    </message>
    <message>
        <source>Date that the range filters on, such as txnDate.</source>
        <translation>Дата, по которой фильтруется период, например txnDate.</translation>
    </message>
    <message>
        <source>Campaign product ID to limit a product report to.</source>
        <translation>ID товара кампании для отчёта по товарам.</translation>
    </message>
    <message>
        <source>Campaign category ID to limit the report to.</source>
        <translation>ID категории кампании, по которой строится отчёт.</translation>
    </message>
    <message>
        <source>The reply is a plain list of rows, without paging.</source>
        <translation>Ответ — простой список строк без постраничного вывода.</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Сводка по заказам</translation>
    </message>
    <message>
        <source>Show order totals, declines and average ticket for a period.</source>
        <translation>Итоги по заказам, отказы и средний чек за период.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Show how many subscribers remain at each billing cycle.</source>
        <translation>Сколько подписчиков остаётся на каждом платёжном цикле.</translation>
    </message>
    <message>
        <source>How the report groups its rows: by campaign, traffic source or MID.</source>
        <translation>Группировка строк отчёта: по кампании, источнику трафика или MID.</translation>
    </message>
    <message>
        <source>Affiliate ID to limit the report to.</source>
        <translation>ID партнёра, по которому строится отчёт.</translation>
    </message>
    <message>
        <source>Call center ID to limit the report to.</source>
        <translation>ID колл-центра, по которому строится отчёт.</translation>
    </message>
    <message>
        <source>Number of billing cycles the report covers.</source>
        <translation>Число платёжных циклов в отчёте.</translation>
    </message>
    <message>
        <source>Extra breakdown of each row: by product, publisher or sub-affiliate.</source>
        <translation>Дополнительная разбивка каждой строки: по товару, паблишеру или субпартнёру.</translation>
    </message>
    <message>
        <source>BIN approvals</source>
        <translation>Одобрения по BIN</translation>
    </message>
    <message>
        <source>Show approval rates per card BIN.</source>
        <translation>Доля одобрений по каждому BIN карт.</translation>
    </message>
    <message>
        <source>Projected billing</source>
        <translation>Прогноз списаний</translation>
    </message>
    <message>
        <source>Forecast the count and revenue of upcoming rebills per day.</source>
        <translation>Прогноз числа и суммы предстоящих ребиллов по дням.</translation>
    </message>
    <message>
        <source>How the report groups its rows, where campaign is the only value seen in use.</source>
        <translation>Группировка строк отчёта; на практике встречается только значение campaign.</translation>
    </message>
    <message>
        <source>Expected share of subscribers lost at this cycle, in percent.</source>
        <translation>Ожидаемая доля подписчиков, отпадающих на этом цикле, в процентах.</translation>
    </message>
    <message>
        <source>The date range lies in the future. Revenue in the reply is formatted text such as $1,234.00.</source>
        <translation>Период лежит в будущем. Выручка в ответе — форматированный текст вида $1,234.00.</translation>
    </message>
    <message>
        <source>Time of day on the start date in 24-hour HH:mm form, such as 08:30.</source>
        <translation>Время в начальную дату в 24-часовом формате HH:mm, например 08:30.</translation>
    </message>
    <message>
        <source>Time of day on the end date in 24-hour HH:mm form, such as 17:45.</source>
        <translation>Время в конечную дату в 24-часовом формате HH:mm, например 17:45.</translation>
    </message>
    <message>
        <source>Query transactions</source>
        <translation>Поиск транзакций</translation>
    </message>
    <message>
        <source>Search card and bank transactions by order, purchase, customer or date range.</source>
        <translation>Поиск транзакций по картам и банковским счетам по заказу, подписке, клиенту или диапазону дат.</translation>
    </message>
    <message>
        <source>Kind of transaction to list.</source>
        <translation>Тип транзакций для вывода.</translation>
    </message>
    <message>
        <source>Outcome of the transactions to list: approved, hard decline or soft decline.</source>
        <translation>Результат транзакций для вывода: одобрено, жёсткий отказ или мягкий отказ.</translation>
    </message>
    <message>
        <source>Payment method of the transactions to list.</source>
        <translation>Способ оплаты транзакций для вывода.</translation>
    </message>
    <message>
        <source>Transaction ID assigned by the payment processor.</source>
        <translation>ID транзакции, присвоенный платёжным процессором.</translation>
    </message>
    <message>
        <source>Last four digits of the card number.</source>
        <translation>Последние четыре цифры номера карты.</translation>
    </message>
    <message>
        <source>Last four digits of the bank account number.</source>
        <translation>Последние четыре цифры номера банковского счёта.</translation>
    </message>
    <message>
        <source>1 to list only transactions with a chargeback, 0 for the rest.</source>
        <translation>1 — только транзакции с чарджбэком, 0 — остальные.</translation>
    </message>
    <message>
        <source>Fill an order ID, a purchase ID, a customer ID, or a start and end date.</source>
        <translation>Укажите ID заказа, ID подписки, ID клиента или начальную и конечную даты.</translation>
    </message>
    <message>
        <source>The API ignores an orderType filter here, so use billingCycleNumber in the results to tell new sales from rebills.</source>
        <translation>Здесь API игнорирует фильтр orderType, поэтому отличайте новые продажи от ребиллов по полю billingCycleNumber в результатах.</translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation>Возврат по транзакции</translation>
    </message>
    <message>
        <source>Refund all or part of one transaction.</source>
        <translation>Полный или частичный возврат по одной транзакции.</translation>
    </message>
    <message>
        <source>1 to cancel the subscription of the transaction as well.</source>
        <translation>1 — также отменить подписку этой транзакции.</translation>
    </message>
    <message>
        <source>1 to record a refund made outside Konnektive without calling the processor.</source>
        <translation>1 — записать возврат, сделанный вне Konnektive, без обращения к процессору.</translation>
    </message>
    <message>
        <source>Processor transaction ID of a refund made outside Konnektive.</source>
        <translation>ID транзакции у процессора для возврата, сделанного вне Konnektive.</translation>
    </message>
    <message>
        <source>Update chargeback</source>
        <translation>Изменение чарджбэка</translation>
    </message>
    <message>
        <source>Record a chargeback on a transaction, or undo one.</source>
        <translation>Запись чарджбэка по транзакции или его отмена.</translation>
    </message>
    <message>
        <source>1 to record or update a chargeback.</source>
        <translation>1 — записать или обновить чарджбэк.</translation>
    </message>
    <message>
        <source>1 to undo a recorded chargeback.</source>
        <translation>1 — отменить записанный чарджбэк.</translation>
    </message>
    <message>
        <source>Amount of the chargeback, a plain decimal such as 19.99.</source>
        <translation>Сумма чарджбэка, обычное десятичное число, например 19.99.</translation>
    </message>
    <message>
        <source>Date of the chargeback in MM/DD/YYYY form.</source>
        <translation>Дата чарджбэка в формате MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Reason code of the card network, such as 10.4.</source>
        <translation>Код причины от платёжной системы, например 10.4.</translation>
    </message>
    <message>
        <source>Free note about the chargeback.</source>
        <translation>Произвольная заметка о чарджбэке.</translation>
    </message>
    <message>
        <source>Set markChargeback or revertChargeback to 1.</source>
        <translation>Установите markChargeback или revertChargeback = 1.</translation>
    </message>
    <message>
        <source>This path is sent without a trailing slash. Client libraries send /transactions/update/, so try that path as a raw request if this one fails.</source>
        <translation>Этот путь отправляется без косой черты в конце. Клиентские библиотеки отправляют /transactions/update/, поэтому, если этот путь не сработает, попробуйте тот через произвольный запрос.</translation>
    </message>
    <message>
        <source>Query chargeback data</source>
        <translation>Поиск данных о чарджбэках</translation>
    </message>
    <message>
        <source>Search chargeback and composite transaction data.</source>
        <translation>Поиск данных о чарджбэках и сводных данных транзакций.</translation>
    </message>
    <message>
        <source>Fill a transaction ID, or a start and end date.</source>
        <translation>Укажите ID транзакции или начальную и конечную даты.</translation>
    </message>
    <message>
        <source>List chargeback data</source>
        <translation>Список данных о чарджбэках</translation>
    </message>
    <message>
        <source>List chargeback data records.</source>
        <translation>Список записей с данными о чарджбэках.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Filter column names</source>
        <translation>Фильтр по именам столбцов</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Скрыть все</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Filter endpoints (Ctrl+L)</source>
        <translation>Фильтр методов (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>EndpointTreeModel</name>
    <message>
        <source>Endpoint</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Details from the server:</source>
        <translation>Подробности от сервера:</translation>
    </message>
    <message>
        <source>Reply body:</source>
        <translation>Тело ответа:</translation>
    </message>
    <message>
        <source>[%1 more characters not shown]</source>
        <translation>[не показано символов: %1]</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Таблица в CSV…</translation>
    </message>
    <message>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>Таблица в книгу Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Reply as JSON…</source>
        <translation>Ответ в JSON…</translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>Экспорт отменён. Файл не сохранён.</translation>
    </message>
    <message>
        <source>Saved the reply to %1.</source>
        <translation>Ответ сохранён в %1.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Сохранено строк: %1 в %2.</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Сохранение %1 …</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or close the file in other programs, then export again.</source>
        <translation>Не удалось сохранить %1: %2. Выберите другую папку или закройте файл в других программах и повторите экспорт.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Экспорт таблицы в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table as Excel workbook</source>
        <translation>Экспорт таблицы в книгу Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export reply as JSON</source>
        <translation>Экспорт ответа в JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
</context>
<context>
    <name>ExtraRowsEditor</name>
    <message>
        <source>Extra parameters: each filled row is sent as name=value after the fields above.</source>
        <translation>Дополнительные параметры: каждая заполненная строка отправляется как name=value после полей выше.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>JMESPath filter, for example message.data[?orderStatus==&apos;REFUNDED&apos;]</source>
        <translation>Фильтр JMESPath, например message.data[?orderStatus==&apos;REFUNDED&apos;]</translation>
    </message>
    <message>
        <source>Press Enter to apply the expression; clear the box to show the whole reply.</source>
        <translation>Нажмите Enter, чтобы применить выражение; очистите поле, чтобы показать весь ответ.</translation>
    </message>
    <message>
        <source>The filter %1 is not a valid JMESPath expression:
%2</source>
        <translation>Фильтр %1 не является допустимым выражением JMESPath:
%2</translation>
    </message>
    <message>
        <source>The filter %1 failed on this reply:
%2</source>
        <translation>Фильтр %1 не удалось применить к этому ответу:
%2</translation>
    </message>
    <message>
        <source>The CRM sends amounts and ids as text. Compare them as numbers with to_number(), for example message.data[?to_number(totalAmount) &gt; `50`].</source>
        <translation>CRM передаёт суммы и ID как текст. Сравнивайте их как числа с помощью to_number(), например message.data[?to_number(totalAmount) &gt; `50`].</translation>
    </message>
    <message>
        <source>The filter matched nothing; its result is null.</source>
        <translation>Фильтр ничего не нашёл; его результат — null.</translation>
    </message>
    <message>
        <source>The filter returned %1.</source>
        <translation>Фильтр вернул %1.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in keys and values</source>
        <translation>Поиск по ключам и значениям</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No match for %1</source>
        <translation>Нет совпадений для %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>логический</translation>
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
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Profile %1 is active.</source>
        <translation>Активен профиль «%1».</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then send again. Nothing was sent.</source>
        <translation>Запрос не отправлен. Исправьте поля, отмеченные красным, и отправьте снова.</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>Подтверждение изменения</translation>
    </message>
    <message>
        <source>Credentials missing</source>
        <translation>Нет учётных данных</translation>
    </message>
    <message>
        <source>Profile %1 has no %2 saved. Open File → Profiles and credentials, enter them and save.</source>
        <translation>В профиле «%1» не сохранено: %2. Откройте Файл → Профили и учётные данные, введите их и сохраните.</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>The OS keyring cannot be read, so the profile&apos;s credentials are not available. Open File → Profiles and credentials to enter them for this run only.</source>
        <translation>Не удалось прочитать хранилище ключей ОС, поэтому учётные данные профиля недоступны. Откройте Файл → Профили и учётные данные и введите их только для этого сеанса.</translation>
    </message>
    <message>
        <source>Send %1 to the CRM of profile %2? This call changes data.

%3</source>
        <translation>Отправить %1 в CRM профиля %2? Этот вызов изменяет данные.

%3</translation>
    </message>
    <message>
        <source>Sending %1 …</source>
        <translation>Отправка %1 …</translation>
    </message>
    <message>
        <source>Waiting for the reply: %1 s</source>
        <translation>Ожидание ответа: %1 с</translation>
    </message>
    <message>
        <source>The request was cancelled; the previous reply is still shown.</source>
        <translation>Запрос отменён; по-прежнему показан предыдущий ответ.</translation>
    </message>
    <message>
        <source>The reply to %1 arrived; open that endpoint to see it.</source>
        <translation>Пришёл ответ на %1; откройте этот метод, чтобы его увидеть.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>The request failed inside the app. Details were written to the log:
%1</source>
        <translation>Запрос завершился ошибкой внутри приложения. Подробности записаны в журнал:
%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Page of results</source>
        <translation>Страница результатов</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Нет результатов</translation>
    </message>
    <message>
        <source>CRM error</source>
        <translation>Ошибка CRM</translation>
    </message>
    <message>
        <source>Needs action (redirect)</source>
        <translation>Требуется действие (перенаправление)</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Ошибка подключения</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Ошибка HTTP</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>Нечитаемый ответ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
</context>
<context>
    <name>OrderThreeDs</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Order %1: status %2, customer %3, total %4.</source>
        <translation>Заказ %1: статус %2, клиент %3, сумма %4.</translation>
    </message>
    <message>
        <source>Order %1: the order query returned no order (%2).</source>
        <translation>Заказ %1: поиск заказа ничего не вернул (%2).</translation>
    </message>
    <message>
        <source>%1 transactions, %2 of them with a PAAY transaction ID.</source>
        <translation>Транзакций: %1, из них с ID транзакции PAAY: %2.</translation>
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
        <translation>Путь результата</translation>
    </message>
    <message>
        <source>Browser path</source>
        <translation>Путь браузерной аутентификации</translation>
    </message>
    <message>
        <source>3RI path</source>
        <translation>Путь 3RI</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>Поля JWT</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Срок действия токена</translation>
    </message>
    <message>
        <source>Own claims (JSON)</source>
        <translation>Свои поля (JSON)</translation>
    </message>
    <message>
        <source>Empty uses the preset above. Example: {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;, &quot;jti&quot;: &quot;{jti}&quot;}</source>
        <translation>Если пусто, используется набор выше. Пример: {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;, &quot;jti&quot;: &quot;{jti}&quot;}</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>с</translation>
    </message>
    <message>
        <source>{ver} is replaced by the API version and {transactionId} by PAAY&apos;s transaction ID. Public integrations use /v{ver}/transaction/{transactionId}/updates.</source>
        <translation>{ver} заменяется версией API, а {transactionId} — ID транзакции PAAY. Публичные интеграции используют /v{ver}/transaction/{transactionId}/updates.</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Показать поля токена</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Type the PAAY apiKey and secret (or save them first) to sign a token.</source>
        <translation>Введите apiKey и secret PAAY (или сначала сохраните их), чтобы подписать токен.</translation>
    </message>
    <message>
        <source>The own claims are not valid JSON; fix them or clear the box.</source>
        <translation>Свои поля — недопустимый JSON; исправьте их или очистите поле.</translation>
    </message>
    <message>
        <source>Testing the connection to PAAY …</source>
        <translation>Проверка подключения к PAAY …</translation>
    </message>
    <message>
        <source>PAAY accepted the key and the signed token (HTTP %1).</source>
        <translation>PAAY принял ключ и подписанный токен (HTTP %1).</translation>
    </message>
    <message>
        <source>PAAY answered HTTP %1.</source>
        <translation>PAAY ответил HTTP %1.</translation>
    </message>
    <message>
        <source>The connection test failed inside the app; see the log.</source>
        <translation>Проверка подключения завершилась ошибкой внутри приложения; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source>Unverified: no public source confirms this endpoint&apos;s parameters. Check the reply, and use extra rows for names the API expects.</source>
        <translation>Не проверено: ни один публичный источник не подтверждает параметры этого метода. Проверьте ответ, а имена, которые ожидает API, добавьте дополнительными строками.</translation>
    </message>
    <message>
        <source>Paths that do not query or report ask for confirmation before they are sent.</source>
        <translation>Пути, которые не являются запросом или отчётом, перед отправкой требуют подтверждения.</translation>
    </message>
    <message>
        <source>This call changes data in the CRM.</source>
        <translation>Этот запрос изменяет данные в CRM.</translation>
    </message>
    <message>
        <source>Path *</source>
        <translation>Путь *</translation>
    </message>
    <message>
        <source>Konnektive path such as /order/query/; the trailing slash is sent as typed.</source>
        <translation>Путь Konnektive, например /order/query/; косая черта в конце отправляется так, как введена.</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Строки товаров</translation>
    </message>
    <message>
        <source>Path is missing. Type a Konnektive path such as /order/query/.</source>
        <translation>Не указан путь. Введите путь Konnektive, например /order/query/.</translation>
    </message>
    <message>
        <source>%1 is not a path. Type only the path, such as /order/query/; the host comes from the profile and parameters go in the rows below.</source>
        <translation>%1 — не путь. Введите только путь, например /order/query/: хост берётся из профиля, а параметры указываются в строках ниже.</translation>
    </message>
    <message>
        <source>Extra row %1 has a value but no name. Type the parameter name or remove the row.</source>
        <translation>В дополнительной строке %1 есть значение, но нет имени. Введите имя параметра или удалите строку.</translation>
    </message>
</context>
<context>
    <name>ProductLinesEditor</name>
    <message>
        <source>Add product line</source>
        <translation>Добавить строку товара</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles and credentials</source>
        <translation>Профили и учётные данные</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Konnektive base URL</source>
        <translation>Базовый URL Konnektive</translation>
    </message>
    <message>
        <source>PAAY base URL</source>
        <translation>Базовый URL PAAY</translation>
    </message>
    <message>
        <source>PAAY API version</source>
        <translation>Версия API PAAY</translation>
    </message>
    <message>
        <source>Add responseType=json</source>
        <translation>Добавлять responseType=json</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
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
        <translation>с</translation>
    </message>
    <message>
        <source>Adds responseType=json to every call except /transactions/query/, where responseType is a filter. Turn it off if the CRM rejects the extra parameter.</source>
        <translation>Добавляет responseType=json ко всем запросам, кроме /transactions/query/, где responseType — фильтр. Отключите, если CRM отклоняет этот дополнительный параметр.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this run only and are lost on exit.</source>
        <translation>Секреты хранятся в памяти только до закрытия приложения и при выходе теряются.</translation>
    </message>
    <message>
        <source>Secrets are stored in the OS keyring (%1).</source>
        <translation>Секреты хранятся в хранилище ключей ОС (%1).</translation>
    </message>
    <message>
        <source>No working OS keyring was found (%1). Secrets can be kept in memory for this run only; they are never written to a file.</source>
        <translation>Работающее хранилище ключей ОС не найдено (%1). Секреты можно хранить в памяти только до закрытия приложения; в файл они никогда не записываются.</translation>
    </message>
    <message>
        <source>Built-in sandbox on 127.0.0.1</source>
        <translation>Встроенная песочница на 127.0.0.1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>saved; type to replace</source>
        <translation>сохранено; введите новое значение, чтобы заменить</translation>
    </message>
    <message>
        <source>Delete profile %1 and its saved credentials?</source>
        <translation>Удалить профиль «%1» и его сохранённые учётные данные?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Saved, but the password contains &amp;, which Konnektive does not accept in API passwords. If logins fail, set a password without &amp; for the API user.</source>
        <translation>Сохранено, но пароль содержит символ &amp;, который Konnektive не принимает в паролях API. Если вход не удаётся, задайте пользователю API пароль без &amp;.</translation>
    </message>
    <message>
        <source>No working OS keyring was found (%1), so credentials cannot be saved. Keep them in memory for this run only? They are lost when the app closes.</source>
        <translation>Работающее хранилище ключей ОС не найдено (%1), поэтому учётные данные нельзя сохранить. Хранить их в памяти до закрытия приложения? После закрытия они будут потеряны.</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>Credentials were not saved. The typed values are still in the fields.</source>
        <translation>Учётные данные не сохранены. Введённые значения остались в полях.</translation>
    </message>
    <message>
        <source>The keyring refused to store the credentials: %1</source>
        <translation>Хранилище ключей отказалось сохранить учётные данные: %1</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profile id &quot;%1&quot; is invalid. Use 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;, for example an id from ProfileStore.new_id().</source>
        <translation>Недопустимый ID профиля «%1». Используйте от 1 до 64 букв, цифр, «-» или «_», например ID из ProfileStore.new_id().</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is marked as a sandbox profile, but only the built-in Demo profile can be one. Save it with is_sandbox turned off.</source>
        <translation>Профиль «%1» помечен как тестовый (sandbox), но таким может быть только встроенный профиль Demo. Сохраните его с выключенным is_sandbox.</translation>
    </message>
    <message>
        <source>The profile name is empty. Enter a name, for example &quot;Main store&quot;.</source>
        <translation>Название профиля пустое. Введите название, например «Основной магазин».</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose a different name.</source>
        <translation>Профиль с названием «%1» уже существует. Выберите другое название.</translation>
    </message>
    <message>
        <source>The Konnektive base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api.konnektive.com.</source>
        <translation>Недопустимый базовый URL Konnektive «%1». Введите URL, начинающийся с http:// или https://, с именем хоста, например https://api.konnektive.com.</translation>
    </message>
    <message>
        <source>The PAAY base URL &quot;%1&quot; is invalid. Enter an http:// or https:// URL with a host name, for example https://api-sandbox.3dsintegrator.com.</source>
        <translation>Недопустимый базовый URL PAAY «%1». Введите URL, начинающийся с http:// или https://, с именем хоста, например https://api-sandbox.3dsintegrator.com.</translation>
    </message>
    <message>
        <source>The PAAY API version &quot;%1&quot; is not supported. Choose v2.2 or v2.</source>
        <translation>Версия API PAAY «%1» не поддерживается. Выберите v2.2 или v2.</translation>
    </message>
    <message>
        <source>The timeout %1 is invalid. Enter a number of seconds greater than 0, for example 30.</source>
        <translation>Недопустимый тайм-аут: %1. Введите число секунд больше 0, например 30.</translation>
    </message>
    <message>
        <source>The page concurrency %1 is out of range. Enter a whole number from 1 to 16.</source>
        <translation>Число одновременно загружаемых страниц (%1) вне допустимого диапазона. Введите целое число от 1 до 16.</translation>
    </message>
    <message>
        <source>The PAAY path &quot;%1&quot; is invalid. Enter a path that starts with /, for example /v{ver}/authenticate/browser.</source>
        <translation>Путь PAAY «%1» недопустим. Введите путь, начинающийся с /, например /v{ver}/authenticate/browser.</translation>
    </message>
    <message>
        <source>The PAAY result path &quot;%1&quot; has no {transactionId}. Add it where the transaction ID goes, for example /v{ver}/authenticate/{transactionId}.</source>
        <translation>В пути результата PAAY «%1» нет {transactionId}. Добавьте его туда, где стоит ID транзакции, например /v{ver}/authenticate/{transactionId}.</translation>
    </message>
    <message>
        <source>The JWT claims preset &quot;%1&quot; is unknown. Choose one from the list.</source>
        <translation>Набор полей JWT «%1» неизвестен. Выберите набор из списка.</translation>
    </message>
    <message>
        <source>The JWT claims template &quot;%1&quot; is not a JSON object. Write it like {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;}, or leave it empty.</source>
        <translation>Шаблон полей JWT «%1» не является объектом JSON. Запишите его так: {&quot;iss&quot;: &quot;{apiKey}&quot;, &quot;iat&quot;: &quot;{iat}&quot;, &quot;exp&quot;: &quot;{exp}&quot;} — или оставьте пустым.</translation>
    </message>
    <message>
        <source>The token lifetime %1 is out of range. Enter a number of seconds from 30 to 3600, for example 300.</source>
        <translation>Срок действия токена %1 вне допустимого диапазона. Введите число секунд от 30 до 3600, например 300.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be changed or deleted. Create a new profile instead.</source>
        <translation>Встроенный профиль «%1» нельзя изменить или удалить. Создайте новый профиль.</translation>
    </message>
</context>
<context>
    <name>RawPage</name>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Loading the text: %1 characters so far.</source>
        <translation>Текст загружается, символов пока: %1.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters.</source>
        <translation>Показано символов: %1 из %2.</translation>
    </message>
    <message>
        <source>Showing the first %1 characters.</source>
        <translation>Показано первых символов: %1.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Tree</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>No reply yet. Fill in the form and press Ctrl+Enter; the reply appears here.</source>
        <translation>Ответа пока нет. Заполните форму и нажмите Ctrl+Enter; ответ появится здесь.</translation>
    </message>
    <message>
        <source>No results: 0 rows.</source>
        <translation>Нет результатов: 0 строк.</translation>
    </message>
    <message>
        <source>The CRM needs a further step, such as 3-D Secure.</source>
        <translation>CRM требует дополнительный шаг, например 3-D Secure.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language (empty: follow the system)</source>
        <translation>Язык интерфейса (пусто — как в системе)</translation>
    </message>
    <message>
        <source>Main window geometry (base64)</source>
        <translation>Геометрия главного окна (base64)</translation>
    </message>
    <message>
        <source>Main window toolbar and dock layout (base64)</source>
        <translation>Расположение панелей инструментов и док-панелей главного окна (base64)</translation>
    </message>
    <message>
        <source>Endpoint selected at start</source>
        <translation>Метод, выбранный при запуске</translation>
    </message>
    <message>
        <source>Ask for confirmation before requests that change data</source>
        <translation>Запрашивать подтверждение перед запросами, изменяющими данные</translation>
    </message>
    <message>
        <source>Number of requests kept in the history</source>
        <translation>Число запросов, хранимых в истории</translation>
    </message>
    <message>
        <source>Hidden columns of the reply table per endpoint (JSON: endpoint key to column names)</source>
        <translation>Скрытые столбцы таблицы ответа для каждого метода (JSON: ключ метода → имена столбцов)</translation>
    </message>
    <message>
        <source>Field names, separated by commas, that hold 3-D Secure data in order and transaction rows</source>
        <translation>Имена полей через запятую, в которых строки заказов и транзакций содержат данные 3-D Secure</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <source>Copy selected cells</source>
        <translation>Копировать выделенные ячейки</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation>Копировать строку как JSON</translation>
    </message>
    <message>
        <source>Show in tree</source>
        <translation>Показать в дереве</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Строк: %1 из %2</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Copy value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Развернуть все</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Свернуть все</translation>
    </message>
    <message>
        <source>Expanded the first %1 items; the rest stay collapsed.</source>
        <translation>Развёрнуто первых элементов: %1, остальные свёрнуты.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Fill it in before sending.</source>
        <translation>Поле %1 обязательно. Заполните его перед отправкой.</translation>
    </message>
    <message>
        <source>Fill in or tick at least one of these fields: %1.</source>
        <translation>Заполните или отметьте хотя бы одно из полей: %1.</translation>
    </message>
    <message>
        <source>Fill in or tick at least %1 of these fields: %2.</source>
        <translation>Заполните или отметьте как минимум %1 из этих полей: %2.</translation>
    </message>
    <message>
        <source>%1 is filled but %2 is empty. Fill both, or leave both empty.</source>
        <translation>Поле %1 заполнено, а %2 — нет. Заполните оба поля или оставьте оба пустыми.</translation>
    </message>
    <message>
        <source>%1 (%2) is later than %3 (%4). Swap the two dates.</source>
        <translation>Дата %1 (%2) позже даты %3 (%4). Поменяйте даты местами.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is filled.</source>
        <translation>Поле %1 обязательно, если заполнено поле %2.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is %3.</source>
        <translation>Поле %1 обязательно, если %2 равно %3.</translation>
    </message>
    <message>
        <source>%1 is required. This request needs %2 or more product lines.</source>
        <translation>Поле %1 обязательно. Этому запросу нужно минимум строк товаров: %2.</translation>
    </message>
    <message>
        <source>%1 is required because other fields of product line %2 are filled.</source>
        <translation>Поле %1 обязательно, так как заполнены другие поля строки товара %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2. Type it as MM/DD/YYYY, for example 03/25/2026.</source>
        <translation>В поле %1 недопустимая дата: %2. Введите дату в формате MM/DD/YYYY, например 03/25/2026.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2. Check the month and the day.</source>
        <translation>В поле %1 несуществующая дата: %2. Проверьте месяц и день.</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time: %2. Type it as MM/DD/YYYY HH:MM:SS, for example 03/25/2026 14:30:00.</source>
        <translation>В поле %1 недопустимые дата и время: %2. Введите их в формате MM/DD/YYYY HH:MM:SS, например 03/25/2026 14:30:00.</translation>
    </message>
    <message>
        <source>%1 is not a valid time: %2. Type it as HH:mm in 24-hour form, for example 14:30.</source>
        <translation>В поле %1 недопустимое время: %2. Введите время в 24-часовом формате HH:mm, например 14:30.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2. Type digits only, for example 25.</source>
        <translation>В поле %1 не целое число: %2. Введите только цифры, например 25.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2. Type digits with an optional leading minus sign, for example -5.</source>
        <translation>В поле %1 не целое число: %2. Введите цифры, при необходимости со знаком минус в начале, например -5.</translation>
    </message>
    <message>
        <source>%1 is %2, but the smallest allowed value is %3.</source>
        <translation>В поле %1 значение %2, а минимально допустимое — %3.</translation>
    </message>
    <message>
        <source>%1 is %2, but the largest allowed value is %3.</source>
        <translation>В поле %1 значение %2, а максимально допустимое — %3.</translation>
    </message>
    <message>
        <source>%1 contains a currency sign: %2. Type the amount as a plain number, for example 29.99.</source>
        <translation>Поле %1 содержит знак валюты: %2. Введите сумму обычным числом, например 29.99.</translation>
    </message>
    <message>
        <source>%1 contains a comma: %2. Type the amount with a decimal point and no thousands separators, for example 1000.00.</source>
        <translation>Поле %1 содержит запятую: %2. Введите сумму с точкой в качестве десятичного разделителя и без разделителей разрядов, например 1000.00.</translation>
    </message>
    <message>
        <source>%1 is not a valid amount: %2. Type a plain decimal number with at most two decimal places, for example 29.99.</source>
        <translation>В поле %1 недопустимая сумма: %2. Введите обычное десятичное число не более чем с двумя знаками после точки, например 29.99.</translation>
    </message>
    <message>
        <source>%1 has the value %2, which is not allowed. Choose one of: %3.</source>
        <translation>Значение %2 в поле %1 недопустимо. Выберите одно из значений: %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 or 0, but it is %2. Type 1 for yes or 0 for no.</source>
        <translation>Поле %1 принимает только 1 или 0, а указано %2. Введите 1 для «да» или 0 для «нет».</translation>
    </message>
    <message>
        <source>%1 is not a valid email address: %2. Type it as name@example.com.</source>
        <translation>В поле %1 недопустимый адрес электронной почты: %2. Введите адрес в виде name@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: %2. Use digits, spaces, +, - and parentheses only.</source>
        <translation>В поле %1 недопустимый номер телефона: %2. Используйте только цифры, пробелы, +, - и скобки.</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code: %2. Type the ISO 3166 code in capitals, for example US.</source>
        <translation>В поле %1 не двухбуквенный код страны: %2. Введите код ISO 3166 заглавными буквами, например US.</translation>
    </message>
    <message>
        <source>%1 is not a valid card number: %2. Type the 12 to 19 digits without spaces or dashes.</source>
        <translation>В поле %1 недопустимый номер карты: %2. Введите от 12 до 19 цифр без пробелов и дефисов.</translation>
    </message>
    <message>
        <source>%1 fails the card number check digit test: %2. Look for a mistyped digit.</source>
        <translation>Номер карты в поле %1 не проходит проверку контрольной цифры: %2. Проверьте, нет ли опечатки в цифрах.</translation>
    </message>
    <message>
        <source>%1 is not a valid ID: %2. Use letters, digits, hyphens and underscores only.</source>
        <translation>В поле %1 недопустимый ID: %2. Используйте только буквы, цифры, дефисы и подчёркивания.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address: %2. Type an IPv4 address such as 203.0.113.5, or an IPv6 address.</source>
        <translation>В поле %1 недопустимый IP-адрес: %2. Введите адрес IPv4, например 203.0.113.5, или адрес IPv6.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address: %2. Type a full address that starts with http:// or https://.</source>
        <translation>В поле %1 недопустимый веб-адрес: %2. Введите полный адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Check the brackets, quotes and commas.</source>
        <translation>В поле %1 недопустимый JSON (%2). Проверьте скобки, кавычки и запятые.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, but the API accepts at most %3.</source>
        <translation>Длина значения в поле %1 — %2 симв., а API принимает не более %3.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>О&amp;тменить запрос</translation>
    </message>
    <message>
        <source>&amp;Filter endpoints</source>
        <translation>&amp;Фильтр методов</translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation>О&amp;чистить форму</translation>
    </message>
    <message>
        <source>&amp;Profiles and credentials…</source>
        <translation>&amp;Профили и учётные данные…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
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
        <translation>Ctrl+L: фильтр дерева методов; Enter открывает первое совпадение
Ctrl+Enter: отправить запрос
Esc: отменить выполняющийся запрос
Ctrl+Shift+Backspace: очистить форму
Ctrl+C / Ctrl+Shift+C: скопировать выделенное значение / его путь
Ctrl+F: поиск в ответе; F3 / Shift+F3: следующее / предыдущее совпадение
Ctrl+Shift+P: профили и учётные данные
F1: этот список</translation>
    </message>
</context>
</TS>
