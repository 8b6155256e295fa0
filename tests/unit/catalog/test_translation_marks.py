"""Every user-visible catalog text is a literal that pyside6-lupdate can extract."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop_app.catalog as catalog_package
from desktop_app.catalog import AREA_LABELS, CATALOG, validation, value_checks

SOURCES = sorted(Path(catalog_package.__file__).parent.glob("*.py"))


def _marked_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                calls.append((path, node))
    return calls


def _literal_texts(context: str) -> set[str]:
    texts = set()
    for _path, call in _marked_calls():
        first, second = call.args
        assert isinstance(first, ast.Constant)
        if first.value == context:
            assert isinstance(second, ast.Constant)
            assert isinstance(second.value, str)
            texts.add(second.value)
    return texts


def _catalog_texts() -> list[str]:
    texts = list(AREA_LABELS.values())
    for endpoint in CATALOG:
        texts.extend((endpoint.label, endpoint.purpose, *endpoint.notes))
        texts.extend(group.help for group in endpoint.alternatives)
        texts.extend(param.help for param in endpoint.params)
        if endpoint.product_lines is not None:
            texts.extend(field.help for field in endpoint.product_lines.fields)
    return texts


@pytest.mark.parametrize("path_and_call", _marked_calls(), ids=lambda item: item[0].name)
def test_mark_has_two_literals(path_and_call: tuple[Path, ast.Call]) -> None:
    """Each QT_TRANSLATE_NOOP call passes two string literals."""
    path, call = path_and_call
    assert len(call.args) == 2, path
    assert all(isinstance(arg, ast.Constant) for arg in call.args), ast.unparse(call)
    assert all(isinstance(arg.value, str) for arg in call.args if isinstance(arg, ast.Constant))


def test_catalog_texts_are_marked() -> None:
    """Every label, purpose, help and note is a marked literal."""
    marked = _literal_texts("Catalog")
    missing = [text for text in _catalog_texts() if text not in marked]
    assert missing == []


def test_validation_templates_are_marked() -> None:
    """Every validation template is a marked literal."""
    marked = _literal_texts("Validation")
    templates = [
        value
        for module in (validation, value_checks)
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and "%1" in value
    ]
    assert len(templates) > 20
    assert [template for template in templates if template not in marked] == []


def test_catalog_texts_have_no_placeholders() -> None:
    """Catalog texts contain no placeholders to fill."""
    for text in _catalog_texts():
        assert "{" not in text or "transactionId" in text, text
        assert "%1" not in text, text
