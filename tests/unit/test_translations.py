"""Checks of the committed translations in resources/translations.

The .ts files must be complete, keep the placeholders of their sources, match the .qm
files built from them, and cover every text that pyside6-lupdate finds in desktop_app/.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "konnektive_desk"
LANGUAGES = ("en", "ru")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

PLACEHOLDER_RE = re.compile(r"%(?:[1-9]|n)")
# "&" before a letter or digit marks a menu accelerator, and "&" before a space is plain text.
ACCELERATOR_RE = re.compile(r"(?<!&)&(?=\w)")

# Plural forms per language in Qt's numerus rules: English one/other, Russian one/few/many.
NUMERUS_FORMS = {"en": 2, "ru": 3}


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file."""

    context: str
    source: str
    numerus: bool
    translation_type: str | None
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, bool]:
        """Context, source text and numerus flag, which together identify the message."""
        return self.context, self.source, self.numerus


def read_ts(path: Path) -> list[TsMessage]:
    """Parse a Qt Linguist .ts file into its messages."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=numerus,
                    translation_type=translation.get("type"),
                    forms=forms,
                )
            )
    return messages


def ts_path(language: str) -> Path:
    """Return the committed .ts file of ``language``."""
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def load_translator(language: str) -> QTranslator:
    """Load the committed .qm file of ``language`` and fail the test if it cannot be read."""
    translator = QTranslator()
    assert translator.load(f"{CATALOG}_{language}", str(TRANSLATIONS)), (
        f"{CATALOG}_{language}.qm is missing or unreadable in {TRANSLATIONS}; "
        "run scripts/update-translations.sh"
    )
    return translator


def sample_counts(language: str) -> tuple[int, ...]:
    """Return one count per plural form of ``language``, in the order of its forms."""
    return (1, 5) if language == "en" else (1, 2, 5)


@pytest.fixture(scope="module")
def ru_messages() -> list[TsMessage]:
    """Messages of the committed Russian .ts file."""
    return read_ts(ts_path("ru"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_has_no_unfinished_messages(language: str) -> None:
    """Every message is finished, has a non-empty translation and no leftover state."""
    messages = read_ts(ts_path(language))
    assert messages, f"{ts_path(language).name} has no messages"
    unfinished = [m.source for m in messages if m.translation_type is not None]
    assert unfinished == [], f"unfinished, vanished or obsolete in {language}: {unfinished}"
    empty = [m.source for m in messages if not all(m.forms)]
    assert empty == [], f"empty translations in {language}: {empty}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_numerus_form_count(language: str) -> None:
    """Numerus messages have as many forms as the language has plural forms."""
    wrong = [
        (m.source, len(m.forms))
        for m in read_ts(ts_path(language))
        if m.numerus and len(m.forms) != NUMERUS_FORMS[language]
    ]
    assert wrong == [], f"expected {NUMERUS_FORMS[language]} forms in {language}: {wrong}"


def test_en_translations_equal_source() -> None:
    """English is the source language, so each translation repeats its source text."""
    for message in read_ts(ts_path("en")):
        if message.numerus:
            singular, plural = message.forms
            assert plural == message.source.replace("(s)", "s"), message.source
            assert singular == message.source.replace("(s)", ""), message.source
        else:
            assert message.forms == (message.source,), message.source


def test_ru_placeholders_match_source(ru_messages: list[TsMessage]) -> None:
    """Each Russian form uses every %1…%9 and %n of its source exactly as often."""
    mismatches = []
    for message in ru_messages:
        expected = Counter(PLACEHOLDER_RE.findall(message.source))
        for form in message.forms:
            if Counter(PLACEHOLDER_RE.findall(form)) != expected:
                mismatches.append((message.context, message.source, form))
    assert mismatches == []


def test_ru_keeps_accelerators_and_ellipsis(ru_messages: list[TsMessage]) -> None:
    """Menu texts keep one & accelerator, and texts ending in … keep it."""
    for message in ru_messages:
        for form in message.forms:
            source_marks = len(ACCELERATOR_RE.findall(message.source))
            assert len(ACCELERATOR_RE.findall(form)) == source_marks, (message.source, form)
            if message.source.endswith("…"):
                assert form.endswith("…"), (message.source, form)


def test_ru_qm_known_translations() -> None:
    """The Russian .qm file returns the expected text for a label, a menu and an error."""
    translator = load_translator("ru")
    assert translator.translate("Catalog", "Query orders") == "Поиск заказов"
    assert translator.translate("WindowMenus", "&File") == "&Файл"
    assert (
        translator.translate("Validation", "%1 is required. Fill it in before sending.")
        == "Поле %1 обязательно. Заполните его перед отправкой."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_matches_ts(language: str) -> None:
    """The .qm file returns every translation of its .ts file, so it was rebuilt after edits."""
    translator = load_translator(language)
    stale = []
    for message in read_ts(ts_path(language)):
        if message.numerus:
            counts = sample_counts(language)
            for count, form in zip(counts, message.forms, strict=False):
                # QTranslator returns the form itself; %n is filled by QCoreApplication.
                actual = translator.translate(message.context, message.source, None, count)
                if actual != form:
                    stale.append((message.source, count, actual))
        elif translator.translate(message.context, message.source) != message.forms[0]:
            stale.append((message.source, None, message.forms[0]))
    assert stale == [], "run scripts/update-translations.sh to rebuild the .qm files"


def test_ru_row_count_plural_forms() -> None:
    """Russian row counts use the one, few and many forms."""
    translator = load_translator("ru")
    expected = {1: "%n строка", 2: "%n строки", 5: "%n строк", 11: "%n строк", 21: "%n строка"}
    for count, text in expected.items():
        assert translator.translate("Messages", "%n row(s)", None, count) == text, count


def test_ru_ts_covers_all_source_texts(tmp_path: Path) -> None:
    """Every text that lupdate extracts from desktop_app/ has a Russian translation."""
    if not LUPDATE.exists():
        pytest.skip(f"pyside6-lupdate not found next to the Python interpreter: {LUPDATE}")
    sources = sorted(str(path) for path in (ROOT / "desktop_app").rglob("*.py"))
    fresh = tmp_path / f"{CATALOG}_ru.ts"
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    extracted = {message.key for message in read_ts(fresh)}
    assert extracted, "lupdate extracted no texts from desktop_app/"
    committed = {message.key for message in read_ts(ts_path("ru"))}
    missing = sorted(extracted - committed)
    assert missing == [], (
        "texts without a Russian entry; run scripts/update-translations.sh and translate "
        f"the new entries: {missing}"
    )
