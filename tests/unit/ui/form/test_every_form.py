"""Every catalog endpoint builds its form, and the request it encodes is accepted by the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.result import ProblemCode, ResultKind
from desktop_app.catalog import CATALOG
from desktop_app.catalog.model import Endpoint, Param, ParamType, Service
from desktop_app.catalog.validation import validate
from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer
from desktop_app.ui.form.param_form import ParamForm

KONNEKTIVE_ENDPOINTS = [e for e in CATALOG if e.service is Service.KONNEKTIVE]

SAMPLES_BY_TYPE: dict[ParamType, str] = {
    ParamType.TEXT: "Sample text",
    ParamType.INTEGER: "1",
    ParamType.MONEY: "1.00",
    ParamType.DATE: "12/31/2026",
    ParamType.DATETIME: "12/31/2026 10:00:00",
    ParamType.TIME: "10:00",
    ParamType.BOOLEAN: "1",
    ParamType.EMAIL: "sample@example.com",
    ParamType.PHONE: "5550100100",
    ParamType.COUNTRY: "US",
    ParamType.STATE: "TX",
    ParamType.CARD_NUMBER: "4111111111111111",
    ParamType.ID: "SAMPLE1",
    ParamType.IP: "203.0.113.5",
    ParamType.URL: "https://shop.example.com/done",
    ParamType.JSON: "{}",
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """One sandbox for the module; write calls change its data but each test reads its own ids."""
    with SandboxServer() as server:
        yield server


@pytest.fixture(scope="module")
def client(sandbox: SandboxServer) -> Iterator[KonnektiveClient]:
    """A client logged in to the sandbox."""
    with KonnektiveClient(sandbox.base_url,
                          KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)) as made:
        yield made


@pytest.fixture(scope="module")
def known_ids(client: KonnektiveClient) -> dict[str, str]:
    """Real ids from the seeded data, read through the API like a user would."""
    orders = client.call_path("/order/query/", [("startDate", "01/01/2000"),
                                                ("endDate", "12/31/2099")])
    transactions = client.call_path("/transactions/query/", [("startDate", "01/01/2000"),
                                                             ("endDate", "12/31/2099")])
    purchases = client.call_path("/purchase/query/", [("startDate", "01/01/2000"),
                                                      ("endDate", "12/31/2099")])
    assert orders.rows and transactions.rows and purchases.rows
    order = orders.rows[0]
    ids = {
        "orderId": str(order["orderId"]),
        "customerId": str(order["customerId"]),
        "campaignId": str(order["campaignId"]),
        "transactionId": str(transactions.rows[0]["transactionId"]),
        "purchaseId": str(purchases.rows[0]["purchaseId"]),
    }
    items = order.get("items") or {}
    if isinstance(items, dict) and items:
        ids["productId"] = str(next(iter(items.values()))["productId"])
    return ids


SAMPLES_BY_NAME: dict[str, str] = {
    "cardMonth": "12",
    "cardYear": "2030",
    "cardExpiryDate": "12/2030",
    "chargebackReasonCode": "4837",
}


# Fields the API needs in a combination the catalog cannot express as one rule:
# a new order needs the customer's name and address unless it completes a lead (orderId).
EXTRA_FIELDS: dict[str, dict[str, str]] = {
    "/order/import/": {
        "firstName": "Dana", "lastName": "Reyes", "address1": "12 Elm St", "city": "Austin",
        "state": "TX", "postalCode": "73301", "country": "US",
        "emailAddress": "dana.reyes@example.com", "phoneNumber": "5550104477",
        "ipAddress": "203.0.113.20",
    },
}


def _sample(param: Param, ids: dict[str, str]) -> str:
    if param.name in ids:
        return ids[param.name]
    if param.name in SAMPLES_BY_NAME:
        return SAMPLES_BY_NAME[param.name]
    if param.name == "startDate":
        return "01/01/2000"
    if param.name == "endDate":
        return "12/31/2099"
    if param.type is ParamType.ENUM:
        return param.choices[0]
    if param.type is ParamType.INTEGER and param.minimum is not None:
        return str(max(param.minimum, 1))
    sample = SAMPLES_BY_TYPE[param.type]
    return sample[: param.max_length] if param.max_length else sample


def _fill_until_valid(endpoint: Endpoint, form: ParamForm, ids: dict[str, str]) -> None:
    """Fill required fields, then whatever validation still asks for, like a user would."""
    names = [p.name for p in endpoint.params if p.required]
    names += [group.members[0] for group in endpoint.alternatives if group.minimum]
    for name in names:
        form.editor(name).set_value(_sample(endpoint.param(name), ids))
    for name, value in EXTRA_FIELDS.get(endpoint.key, {}).items():
        form.editor(name).set_value(value)
    if endpoint.product_lines is not None:
        for field in endpoint.product_lines.fields[:2]:
            wire = f"product1_{field.name}"
            form.editor(wire).set_value(ids.get("productId", "1") if field.name == "id" else "1")
    for _ in range(6):
        problems = validate(endpoint, form.values())
        if not problems:
            return
        for problem in problems:
            try:
                editor = form.editor(problem.param)
            except KeyError:
                continue
            if not editor.value():
                editor.set_value(_sample(editor.param, ids))


def test_every_endpoint_builds_a_form(qtbot) -> None:
    """Each catalog entry, PAAY and raw included, gets a form with an editor per parameter."""
    for endpoint in CATALOG:
        form = ParamForm(endpoint)
        qtbot.addWidget(form)
        for param in endpoint.params:
            assert form.editor(param.name).param is param


@pytest.mark.parametrize("endpoint", KONNEKTIVE_ENDPOINTS, ids=lambda e: e.key)
def test_encoded_request_accepted_by_sandbox(qtbot, endpoint: Endpoint, client: KonnektiveClient,
                                             known_ids: dict[str, str]) -> None:
    """The form's request validates and the sandbox answers it as a known, complete call."""
    form = ParamForm(endpoint)
    qtbot.addWidget(form)
    _fill_until_valid(endpoint, form, known_ids)
    assert form.check(), [p.text() for p in validate(endpoint, form.values())]

    result = client.call(endpoint, form.request_pairs())

    assert result.http_status == 200, result.body_text[:300]
    assert result.kind not in (ResultKind.FORMAT_ERROR, ResultKind.HTTP_ERROR,
                               ResultKind.TRANSPORT_ERROR), result.body_text[:300]
    if result.problem is not None:
        assert result.problem.code is not ProblemCode.LOGIN
        detail = result.problem.detail.lower()
        assert "unknown api path" not in detail
        assert "missing" not in detail and "required" not in detail, detail
