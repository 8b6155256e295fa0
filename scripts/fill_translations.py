"""Fill the English .ts file and check translated .ts files for missing or broken entries.

English is the source language of the UI, so ``fill-english`` sets every English
translation to its source text and marks it finished. Numerus messages get an English
singular and plural form. ``check`` lists unfinished and empty translations, numerus
messages with the wrong number of forms, and translations whose ``%1``…``%9``/``%n``
placeholders, ``&`` accelerator or trailing "…" differ from the source.

The file is edited as text: only the ``<translation>`` element of a changed message is
rewritten, with the same layout and escaping that lupdate writes, so the next lupdate run
leaves the file unchanged.

Usage::

    python scripts/fill_translations.py fill-english resources/translations/NAME_en.ts
    python scripts/fill_translations.py check [--strict] resources/translations/NAME_ru.ts
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("fill_translations")

CONTEXT_RE = re.compile(r"<context>.*?</context>", re.S)
CONTEXT_NAME_RE = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
TRANSLATION_RE = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.S)
LANGUAGE_RE = re.compile(r'<TS\b[^>]*\blanguage="([^"]*)"')

PLACEHOLDER_RE = re.compile(r"%(?:[1-9]|n)")
# "&" followed by a letter or digit marks the keyboard accelerator of a menu or action
# text. "&&" is a literal ampersand, and "&" before a space or punctuation is plain text.
ACCELERATOR_RE = re.compile(r"(?<!&)&(?=\w)")

# Number of plural forms that lrelease expects per language (Qt Linguist's numerus rules).
NUMERUS_FORMS = {"en": 2, "ru": 3}

# Translation types that lupdate gives to messages no longer found in the sources.
RETIRED_TYPES = frozenset({"vanished", "obsolete"})

MESSAGE_INDENT = " " * 8
FORM_INDENT = " " * 12

# Plural endings whose singular drops "es" rather than "s" ("matches", "boxes").
ES_PLURAL_RE = re.compile(r"(?:ch|sh|ss|x|z)es$")


@dataclass(frozen=True)
class Message:
    """One ``<message>`` of a .ts file, as found at ``start``…``end`` in the file text."""

    context: str
    source: str
    numerus: bool
    translation_type: str | None
    forms: tuple[str, ...]
    start: int
    end: int

    @property
    def unfinished(self) -> bool:
        """Whether lupdate or a translator marked the translation as unfinished."""
        return self.translation_type == "unfinished"

    @property
    def retired(self) -> bool:
        """Whether the message is vanished or obsolete, so lrelease skips it."""
        return self.translation_type in RETIRED_TYPES


def protect(text: str) -> str:
    """Escape ``text`` for XML the way lupdate does, so rewritten files match its output."""
    pieces: list[str] = []
    for char in text:
        code = ord(char)
        if char == '"':
            pieces.append("&quot;")
        elif char == "&":
            pieces.append("&amp;")
        elif char == ">":
            pieces.append("&gt;")
        elif char == "<":
            pieces.append("&lt;")
        elif char == "'":
            pieces.append("&apos;")
        elif (code < 0x20 and char not in "\n\t") or (code > 0x7F and char.isspace()):
            # lupdate writes control characters and non-ASCII spaces as numeric entities.
            pieces.append(f"&#x{code:x};")
        else:
            pieces.append(char)
    return "".join(pieces)


def iter_messages(text: str) -> Iterator[Message]:
    """Yield every message of a .ts file's text in file order."""
    for context_match in CONTEXT_RE.finditer(text):
        context_text = context_match.group(0)
        name_match = CONTEXT_NAME_RE.search(context_text)
        context = ""
        if name_match is not None:
            context = ET.fromstring(name_match.group(0)).text or ""
        for match in MESSAGE_RE.finditer(context_text):
            element = ET.fromstring(match.group(0))
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                translation_type, forms = "unfinished", ("",)
            elif numerus:
                translation_type = translation.get("type")
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                translation_type, forms = translation.get("type"), (translation.text or "",)
            yield Message(
                context=context,
                source=element.findtext("source") or "",
                numerus=numerus,
                translation_type=translation_type,
                forms=forms,
                start=context_match.start() + match.start(),
                end=context_match.start() + match.end(),
            )


def render_translation(forms: tuple[str, ...], numerus: bool) -> str:
    """Return a finished ``<translation>`` element laid out as lupdate writes it."""
    if not numerus:
        return f"<translation>{protect(forms[0])}</translation>"
    lines = [f"{FORM_INDENT}<numerusform>{protect(form)}</numerusform>\n" for form in forms]
    return f"<translation>\n{''.join(lines)}{MESSAGE_INDENT}</translation>"


def replace_translations(text: str, new_forms: dict[int, tuple[str, ...]]) -> str:
    """Rewrite the translations of the messages that start at the offsets in ``new_forms``.

    Args:
        text: Text of the whole .ts file.
        new_forms: Translation forms keyed by ``Message.start``. Messages not listed keep
            their text byte for byte.

    Returns:
        The new file text, in which each listed translation is finished.

    Raises:
        ValueError: A listed message has no ``<translation>`` element. lupdate writes one
            for every message.
    """
    pieces: list[str] = []
    position = 0
    for message in iter_messages(text):
        if message.start not in new_forms:
            continue
        block = text[message.start : message.end]
        rendered = render_translation(new_forms[message.start], message.numerus)
        translation_match = TRANSLATION_RE.search(block)
        if translation_match is None:
            raise ValueError(
                f"message [{message.context}] {message.source!r} has no <translation> element. "
                "Run lupdate on the file first."
            )
        block = block[: translation_match.start()] + rendered + block[translation_match.end() :]
        pieces.append(text[position : message.start])
        pieces.append(block)
        position = message.end
    pieces.append(text[position:])
    return "".join(pieces)


def singular_noun(word: str) -> str | None:
    """Return the singular of an English plural noun, or None if ``word`` is not plural."""
    lower = word.lower()
    if len(lower) < 3 or not lower.endswith("s") or lower.endswith("ss"):
        return None
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if ES_PLURAL_RE.search(lower):
        return word[:-2]
    return word[:-1]


def english_forms(source: str) -> tuple[tuple[str, str], bool]:
    """Derive the English singular and plural of a numerus source text.

    ``"%n file(s)"`` gives ``"%n file"`` and ``"%n files"``. Otherwise the source is taken
    as the plural, and the first plural-looking word among the three after ``%n`` is made
    singular, so ``"%n rows"`` gives ``"%n row"``.

    Returns:
        The two forms, and whether the singular was derived. When it was not, both forms
        are the source text.
    """
    if "(s)" in source:
        return (source.replace("(s)", ""), source.replace("(s)", "s")), True
    marker = source.find("%n")
    if marker < 0:
        return (source, source), False
    head, tail = source[: marker + 2], source[marker + 2 :]
    for index, word_match in enumerate(re.finditer(r"[A-Za-z]+", tail)):
        if index >= 3:
            break
        singular = singular_noun(word_match.group(0))
        if singular is not None:
            new_tail = tail[: word_match.start()] + singular + tail[word_match.end() :]
            return (head + new_tail, source), True
    return (source, source), False


def fill_english(path: Path) -> int:
    """Set every translation of an English .ts file to its source text and mark it finished.

    Numerus messages that are already finished and have two non-empty forms are kept,
    so a hand-corrected singular survives later runs.

    Returns:
        The number of messages changed.
    """
    text = path.read_text(encoding="utf-8")
    new_forms: dict[int, tuple[str, ...]] = {}
    for message in iter_messages(text):
        if message.retired:
            continue
        if not message.numerus:
            if message.unfinished or message.forms != (message.source,):
                new_forms[message.start] = (message.source,)
            continue
        if not message.unfinished and len(message.forms) == 2 and all(message.forms):
            continue
        forms, derived = english_forms(message.source)
        if not derived:
            log.warning(
                "%s: no plural noun found after %%n in [%s] %r, so both forms are the source "
                "text. Correct the singular in Qt Linguist if it differs.",
                path.name, message.context, message.source,
            )
        new_forms[message.start] = forms
    if new_forms:
        path.write_text(replace_translations(text, new_forms), encoding="utf-8")
    log.info("%s: filled %d English translation(s)", path.name, len(new_forms))
    return len(new_forms)


def message_problems(message: Message, expected_forms: int | None) -> list[str]:
    """Describe what is wrong with one translated message, or return an empty list."""
    if message.retired:
        return []
    if message.unfinished:
        return ["unfinished"]
    problems: list[str] = []
    if message.numerus and expected_forms is not None and len(message.forms) != expected_forms:
        problems.append(f"{len(message.forms)} plural forms instead of {expected_forms}")
    expected_placeholders = Counter(PLACEHOLDER_RE.findall(message.source))
    expected_accelerators = len(ACCELERATOR_RE.findall(message.source))
    for number, form in enumerate(message.forms, start=1):
        label = f"form {number}: " if message.numerus else ""
        if not form:
            problems.append(f"{label}empty translation")
            continue
        found = Counter(PLACEHOLDER_RE.findall(form))
        if found != expected_placeholders:
            problems.append(
                f"{label}placeholders {sorted(found.elements())} instead of "
                f"{sorted(expected_placeholders.elements())}"
            )
        if len(ACCELERATOR_RE.findall(form)) != expected_accelerators:
            problems.append(f"{label}needs {expected_accelerators} '&' accelerator(s)")
        if message.source.endswith("…") and not form.endswith("…"):
            problems.append(f"{label}must end with '…' like the source")
    return problems


def check(path: Path) -> int:
    """Log every problem of a translated .ts file and return the number of bad messages."""
    text = path.read_text(encoding="utf-8")
    language_match = LANGUAGE_RE.search(text)
    language = language_match.group(1).split("_")[0] if language_match else ""
    expected_forms = NUMERUS_FORMS.get(language)
    total = bad = unfinished = 0
    for message in iter_messages(text):
        if message.retired:
            continue
        total += 1
        problems = message_problems(message, expected_forms)
        if not problems:
            continue
        bad += 1
        unfinished += message.unfinished
        log.warning(
            "%s: [%s] %r: %s", path.name, message.context, message.source, "; ".join(problems)
        )
    log.info(
        "%s: %d message(s), %d unfinished, %d with other problems",
        path.name, total, unfinished, bad - unfinished,
    )
    return bad


def main(argv: list[str] | None = None) -> int:
    """Run the command named on the command line and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    fill_parser = commands.add_parser(
        "fill-english", help="set every translation of an English .ts file to its source"
    )
    fill_parser.add_argument("ts_file", type=Path)
    check_parser = commands.add_parser(
        "check", help="list unfinished translations and placeholder problems"
    )
    check_parser.add_argument("ts_file", type=Path)
    check_parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a problem is found"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    if args.command == "fill-english":
        fill_english(args.ts_file)
        return 0
    bad = check(args.ts_file)
    return 1 if bad and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
