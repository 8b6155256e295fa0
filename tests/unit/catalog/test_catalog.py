"""Structure of the endpoint catalog: keys, paths, parameter types and groups."""

from __future__ import annotations

import pytest

from desktop_app.catalog import (
    CATALOG,
    Area,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
    Service,
    endpoints_in,
    find_endpoint,
    path_changes_data,
)
from desktop_app.catalog.value_checks import check_value

KONNEKTIVE_PATHS = (
    "/order/query/",
    "/order/import/",
    "/order/preauth/",
    "/order/update/",
    "/order/refund/",
    "/order/cancel/",
    "/order/confirm/",
    "/order/rerun/",
    "/order/qa/",
    "/upsale/import/",
    "/customer/query/",
    "/customer/history/",
    "/customer/update/",
    "/customer/cardupdate/",
    "/customer/addnote/",
    "/customer/blacklist/",
    "/customer/blacklist/query/",
    "/customer/contracts/",
    "/customer/delete/",
    "/leads/import/",
    "/transactions/query/",
    "/transactions/refund/",
    "/transactions/update",
    "/cbdata/query/",
    "/cbdata/list/",
    "/purchase/query/",
    "/purchase/update/",
    "/purchase/cancel/",
    "/purchase/pause/",
    "/purchase/refund/",
    "/product/query/",
    "/product/create/",
    "/product/update/",
    "/campaign/query/",
    "/campaign/create/",
    "/campaign/update/",
    "/merchant/query/",
    "/merchant/create/",
    "/merchant/update/",
    "/merchant/recycle/query/",
    "/merchant/cascade/query/",
    "/merchant/binmap/query/",
    "/merchant/binprofile/query/",
    "/merchant/profile/query/",
    "/coupon/query/",
    "/coupon/create/",
    "/coupon/update/",
    "/members/query/",
    "/members/update/",
    "/members/cancel/",
    "/members/reactivate/",
    "/members/login/",
    "/affiliate/query/",
    "/affiliate/create/",
    "/affiliate/update/",
    "/fulfillment/query/",
    "/fulfillment/update/",
    "/reports/mid-summary/",
    "/transactions/summary/",
    "/order/summary/",
    "/reports/retention/",
    "/reports/bin-approvals/",
    "/reports/projected-billing/",
)
OTHER_KEYS = ("paay.result", "paay.browser", "paay.3ri", "combo.order3ds", "raw")

# Endpoints for which no public source lists the parameters.
GUESSED = (
    "/order/update/",
    "/customer/blacklist/query/",
    "/customer/contracts/",
    "/customer/delete/",
    "/cbdata/list/",
    "/product/create/",
    "/product/update/",
    "/campaign/create/",
    "/campaign/update/",
    "/merchant/query/",
    "/merchant/create/",
    "/merchant/update/",
    "/merchant/recycle/query/",
    "/merchant/cascade/query/",
    "/merchant/binmap/query/",
    "/merchant/binprofile/query/",
    "/merchant/profile/query/",
    "/coupon/query/",
    "/coupon/create/",
    "/coupon/update/",
    "/members/update/",
    "/members/login/",
    "/affiliate/query/",
    "/affiliate/create/",
    "/affiliate/update/",
    "/order/summary/",
    "/reports/bin-approvals/",
    "paay.3ri",
)

ALL_PARAMS = [
    pytest.param(endpoint, param, id=f"{endpoint.key}:{param.name}")
    for endpoint in CATALOG
    for param in endpoint.params
]
KONNEKTIVE = [endpoint for endpoint in CATALOG if endpoint.service is Service.KONNEKTIVE]


def test_catalog_has_every_listed_endpoint() -> None:
    """The catalog contains exactly the Konnektive paths and the PAAY, combo and raw keys."""
    keys = [endpoint.key for endpoint in CATALOG]
    assert sorted(keys) == sorted(KONNEKTIVE_PATHS + OTHER_KEYS)


def test_catalog_keys_unique() -> None:
    """No two endpoints share a key."""
    keys = [endpoint.key for endpoint in CATALOG]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("endpoint", KONNEKTIVE, ids=lambda endpoint: endpoint.key)
def test_konnektive_key_is_path(endpoint: Endpoint) -> None:
    """A Konnektive endpoint's key is its path, sent by POST."""
    assert endpoint.key == endpoint.path
    assert endpoint.method == "POST"


@pytest.mark.parametrize("endpoint", KONNEKTIVE, ids=lambda endpoint: endpoint.key)
def test_konnektive_path_trailing_slash(endpoint: Endpoint) -> None:
    """Konnektive paths end with a slash, except /transactions/update."""
    if endpoint.path == "/transactions/update":
        assert not endpoint.path.endswith("/")
    else:
        assert endpoint.path.startswith("/")
        assert endpoint.path.endswith("/")


def test_catalog_in_area_order() -> None:
    """CATALOG lists the areas in the order of the Area enum."""
    order = list(Area)
    positions = [order.index(endpoint.area) for endpoint in CATALOG]
    assert positions == sorted(positions)


def test_every_area_has_endpoints() -> None:
    """Each tree area has at least one endpoint."""
    for area in Area:
        assert endpoints_in(area), area


def test_endpoints_in_keeps_order() -> None:
    """endpoints_in returns one area's endpoints in catalog order."""
    orders = endpoints_in(Area.ORDERS)
    assert orders[0].key == "/order/query/"
    assert orders[-1].key == "/upsale/import/"
    assert all(endpoint.area is Area.ORDERS for endpoint in orders)


def test_find_endpoint_returns_entry() -> None:
    """find_endpoint looks an endpoint up by its key."""
    assert find_endpoint("/transactions/update").path == "/transactions/update"


def test_find_endpoint_unknown_key() -> None:
    """find_endpoint raises KeyError for a key it does not hold."""
    with pytest.raises(KeyError):
        find_endpoint("/transactions/update/")


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_param_names_unique(endpoint: Endpoint) -> None:
    """No endpoint lists a parameter name twice."""
    names = [param.name for param in endpoint.params]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("endpoint", "param"), ALL_PARAMS)
def test_enum_has_choices(endpoint: Endpoint, param: Param) -> None:
    """ENUM parameters have choices and other types have none."""
    if param.type is ParamType.ENUM:
        assert param.choices
    else:
        assert not param.choices


@pytest.mark.parametrize(("endpoint", "param"), ALL_PARAMS)
def test_param_has_help(endpoint: Endpoint, param: Param) -> None:
    """Every parameter has a help sentence."""
    assert param.help.strip()
    assert param.help.endswith(".")


@pytest.mark.parametrize(("endpoint", "param"), ALL_PARAMS)
def test_param_default_is_valid(endpoint: Endpoint, param: Param) -> None:
    """A pre-filled default passes its own parameter's checks."""
    if param.default:
        assert check_value(param, param.name, param.default) is None


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_endpoint_has_label_and_purpose(endpoint: Endpoint) -> None:
    """Every endpoint has a label and a purpose."""
    assert endpoint.label.strip()
    assert endpoint.purpose.strip()


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_group_members_exist(endpoint: Endpoint) -> None:
    """Alternative group members are parameters of the endpoint."""
    names = {param.name for param in endpoint.params}
    for group in endpoint.alternatives:
        assert group.help.strip()
        assert set(group.members) <= names, group.members
        assert 0 <= group.minimum <= len(group.members)


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_group_members_not_required(endpoint: Endpoint) -> None:
    """Group members are not marked required on their own."""
    for group in endpoint.alternatives:
        for name in group.members:
            assert not endpoint.param(name).required, name


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_condition_names_exist(endpoint: Endpoint) -> None:
    """Conditions name existing parameters and valid trigger values."""
    names = {param.name for param in endpoint.params}
    for condition in endpoint.conditions:
        assert condition.param in names
        assert set(condition.requires) <= names, condition.requires
        trigger = endpoint.param(condition.param)
        if trigger.type is ParamType.ENUM:
            assert set(condition.values) <= set(trigger.choices)


def test_only_transactions_query_has_response_type() -> None:
    """Only /transactions/query/ takes responseType as a parameter."""
    with_param = [endpoint.key for endpoint in CATALOG if endpoint.has_response_type_param]
    assert with_param == ["/transactions/query/"]


def test_transactions_query_filters() -> None:
    """The transaction query offers the responseType and txnType filters."""
    endpoint = find_endpoint("/transactions/query/")
    response_type = endpoint.param("responseType")
    assert response_type.type is ParamType.ENUM
    assert response_type.choices == ("SUCCESS", "HARD_DECLINE", "SOFT_DECLINE")
    txn_type = endpoint.param("txnType")
    assert {"SALE", "AUTHORIZE", "CAPTURE", "VOID", "REFUND"} <= set(txn_type.choices)


@pytest.mark.parametrize("endpoint", CATALOG, ids=lambda endpoint: endpoint.key)
def test_paged_matches_paging_params(endpoint: Endpoint) -> None:
    """Endpoints with resultsPerPage and page are paged, with limits 1 to 200."""
    names = {param.name for param in endpoint.params}
    has_paging = {"resultsPerPage", "page"} <= names
    assert endpoint.paged == has_paging
    if has_paging:
        assert endpoint.param("resultsPerPage").minimum == 1
        assert endpoint.param("resultsPerPage").maximum == 200
        assert endpoint.param("page").minimum == 1


@pytest.mark.parametrize("endpoint", KONNEKTIVE, ids=lambda endpoint: endpoint.key)
def test_konnektive_param_types(endpoint: Endpoint) -> None:
    """Shared Konnektive parameter names always have the same type."""
    expected = {
        "orderId": ParamType.ID,
        "purchaseId": ParamType.ID,
        "customerId": ParamType.INTEGER,
        "campaignId": ParamType.INTEGER,
        "productId": ParamType.INTEGER,
        "startDate": ParamType.DATE,
        "endDate": ParamType.DATE,
        "emailAddress": ParamType.EMAIL,
        "cardNumber": ParamType.CARD_NUMBER,
        "refundAmount": ParamType.MONEY,
        "fullRefund": ParamType.BOOLEAN,
    }
    for param in endpoint.params:
        if param.name in expected:
            assert param.type is expected[param.name], param.name
        if param.name.endswith("Date") and param.name != "cardExpiryDate":
            assert param.type is ParamType.DATE, param.name


@pytest.mark.parametrize("key", GUESSED)
def test_guessed_endpoint_unverified(key: str) -> None:
    """Endpoints without a public source are unverified but still have fields."""
    endpoint = find_endpoint(key)
    assert endpoint.verified is False
    assert endpoint.params


def test_sourced_endpoints_verified() -> None:
    """Endpoints that client libraries document are verified."""
    for key in ("/order/query/", "/order/import/", "/transactions/query/", "/purchase/pause/"):
        assert find_endpoint(key).verified, key


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("/order/query/", EndpointKind.QUERY),
        ("/order/refund/", EndpointKind.REFUND),
        ("/order/cancel/", EndpointKind.CANCEL),
        ("/customer/delete/", EndpointKind.DELETE),
        ("/customer/blacklist/", EndpointKind.BLOCK),
        ("/transactions/refund/", EndpointKind.REFUND),
        ("/purchase/cancel/", EndpointKind.CANCEL),
        ("/reports/retention/", EndpointKind.REPORT),
        ("paay.browser", EndpointKind.AUTH),
    ],
)
def test_endpoint_kind(key: str, kind: EndpointKind) -> None:
    """Endpoints carry the kind that decides the confirmation."""
    assert find_endpoint(key).kind is kind


def test_order_import_product_lines() -> None:
    """Order import has id, qty, price and shipPrice product lines, one required."""
    lines = find_endpoint("/order/import/").product_lines
    assert lines is not None
    assert [(field.name, field.type) for field in lines.fields] == [
        ("id", ParamType.INTEGER),
        ("qty", ParamType.INTEGER),
        ("price", ParamType.MONEY),
        ("shipPrice", ParamType.MONEY),
    ]
    assert lines.required_lines == 1


def test_upsale_import_has_both_forms() -> None:
    """Upsell import offers both the productId form and product lines."""
    endpoint = find_endpoint("/upsale/import/")
    assert endpoint.param("productId").type is ParamType.INTEGER
    assert endpoint.param("productQty").type is ParamType.INTEGER
    assert endpoint.product_lines is not None
    assert endpoint.product_lines.required_lines == 0
    assert endpoint.notes


def test_order_query_group_accepts_email() -> None:
    """The order query group lets an email address stand alone."""
    group = find_endpoint("/order/query/").alternatives[0]
    assert {"orderId", "customerId", "emailAddress", "startDate"} <= set(group.members)


def test_paay_result_entry() -> None:
    """The PAAY result entry is a GET with a transactionId path template."""
    endpoint = find_endpoint("paay.result")
    assert endpoint.service is Service.PAAY
    assert endpoint.area is Area.PAAY
    assert endpoint.method == "GET"
    assert endpoint.path == "/v{ver}/authenticate/{transactionId}"
    assert endpoint.param("transactionId").required


def test_paay_browser_entry() -> None:
    """The PAAY browser entry has typed card fields and the browser note."""
    endpoint = find_endpoint("paay.browser")
    assert endpoint.service is Service.PAAY
    assert endpoint.method == "POST"
    assert endpoint.path == "/v{ver}/authenticate/browser"
    assert endpoint.param("pan").type is ParamType.CARD_NUMBER
    assert endpoint.param("amount").type is ParamType.MONEY
    for name in ("pan", "month", "year", "amount"):
        assert endpoint.param(name).required, name
    assert endpoint.param("browser.browserUserAgent").type is ParamType.TEXT
    assert any("cardholder's own browser" in note for note in endpoint.notes)


def test_paay_3ri_entry() -> None:
    """The PAAY 3RI entry posts to the 3ri path and requires threeRIInd."""
    endpoint = find_endpoint("paay.3ri")
    assert endpoint.service is Service.PAAY
    assert endpoint.path == "/v{ver}/authenticate/3ri"
    assert endpoint.param("threeRIInd").required


def test_combo_entry() -> None:
    """The combo entry sits in the PAAY area and needs an order ID."""
    endpoint = find_endpoint("combo.order3ds")
    assert endpoint.service is Service.COMBO
    assert endpoint.area is Area.PAAY
    assert endpoint.label == "Order with 3DS results"
    assert endpoint.param("orderId").required


def test_raw_entry() -> None:
    """The raw entry has no path and no parameters."""
    endpoint = find_endpoint("raw")
    assert endpoint.service is Service.RAW
    assert endpoint.area is Area.RAW
    assert endpoint.path == ""
    assert endpoint.params == ()


def test_secret_params_marked() -> None:
    """Security codes and passwords are marked secret."""
    assert find_endpoint("/order/import/").param("cardSecurityCode").secret
    assert find_endpoint("/members/login/").param("eCommercePassword").secret
    assert not find_endpoint("/order/import/").param("cardNumber").secret


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/customer/query/", False),
        ("customer/query", False),
        ("/transactions/update", True),
        ("/order/refund/", True),
        ("/reports/mid-summary/", False),
        ("/landingpages/pixels/query/", False),
        ("/transactions/capture/", True),
    ],
)
def test_path_changes_data(path: str, expected: bool) -> None:
    """Raw paths that query or report are read-only; others may write."""
    assert path_changes_data(path) is expected
