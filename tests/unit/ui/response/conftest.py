"""Fixtures for the response viewer tests: offscreen Qt and a bracketing translator."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from desktop_app.api.result import ApiResult, RequestRecord, ResultKind

# Set before pytest-qt creates the QApplication; QT_QPA_PLATFORM from the shell still wins.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class BracketTranslator(QTranslator):
    """Translator that returns every text of the chosen contexts wrapped in ‹ and ›."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return ‹source_text› for the chosen contexts and None (no translation) otherwise."""
        if context in self.contexts:
            return "‹" + source_text + "›"
        return None

    def isEmpty(self) -> bool:
        """Return False, so installing the translator posts a LanguageChange event."""
        return False


@pytest.fixture
def bracket_translator(qapp: QApplication) -> Iterator[BracketTranslator]:
    """Provide a BracketTranslator for the response viewer contexts, removed after the test.

    It is not installed yet: the test calls ``QCoreApplication.installTranslator`` itself.
    """
    translator = BracketTranslator(
        {"ApiMessages", "Messages", "JsonTreeModel", "ErrorCard", "ResponseView", "TreePage",
         "RawPage", "TablePage", "FindBar", "FilterBar", "ExportButton"}
    )
    yield translator
    QCoreApplication.removeTranslator(translator)


def _build_result(kind: ResultKind, **fields: Any) -> ApiResult:
    request = RequestRecord("POST", "https://api.example.test/order/query/")
    return ApiResult(kind, request, **fields)


@pytest.fixture
def make_result() -> Callable[..., ApiResult]:
    """Provide ``make_result(kind, **fields)``, which builds an ApiResult with a fixed request."""
    return _build_result


@pytest.fixture
def modeltest_failures() -> Iterator[list[str]]:
    """Collect the messages that QAbstractItemModelTester logs under ``qt.modeltest``."""
    failures: list[str] = []

    def handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "qt.modeltest":
            failures.append(message)
        elif previous is not None:
            previous(msg_type, context, message)

    previous = qInstallMessageHandler(handler)
    yield failures
    qInstallMessageHandler(previous)
