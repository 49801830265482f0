#!/usr/bin/env python3
"""Fill the English translation file from its own source texts.

English is the source language of OTP Manager, so translations/otp-manager_en.ts needs no
real translating: it exists for the plural forms of the %n strings (tr("%n app(s)", ...,
n)), which only a translation file can give. After lupdate has added or changed messages,
run

    scripts/fill-english-translations.py [file.ts ...]    (default: translations/otp-manager_en.ts)

Every message still marked type="unfinished" gets a finished translation:

  * numerus="yes" messages get two <numerusform>s, singular and plural, derived from the
    source: "(s)" / "(es)" after a word is dropped for the singular and becomes "s" / "es"
    for the plural ("%n app(s) imported." -> "%n app imported." / "%n apps imported.").
    A plural source without such a marker ("%n SMS") gets the source for both forms, with
    a warning so that someone checks the wording.
  * other messages get a copy of the source. (An empty finished translation would also
    fall back to the source at run time, but lrelease and Linguist count it as translated
    and it hides which strings were really looked at; a copy is explicit.)

Messages already finished are left alone, so running the script again changes nothing.
Unfinished messages that carry an old translation (lupdate keeps one when a source text
changed) are regenerated from the new source. Vanished and obsolete messages are skipped.
The file is edited as text, so lupdate's layout and escaping stay as they are.

Options: --check reports what would change and exits with 1 if anything would, without
writing. Standard library only.
"""

import argparse
import html
import re
import sys
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "translations" / "otp-manager_en.ts"

MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message\b(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
# The translation element of an unfinished message, empty, self-closing or with old content.
UNFINISHED_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation\s+type=\"unfinished\"\s*"
    r"(?:/>|>(?P<content>.*?)</translation>)",
    re.S,
)
# "(s)" or "(es)" right after a letter: app(s), minute(s), match(es).
PLURAL_MARKER_RE = re.compile(r"(?<=[A-Za-z])\((s|es)\)")
# A plural marker somewhere else, e.g. "(ies)" or a detached "(s)": worth a look.
OTHER_MARKER_RE = re.compile(r"\((?:s|es|ies)\)")


def plural_forms(source: str):
    """(singular, plural, warning) for an escaped numerus source text."""
    if PLURAL_MARKER_RE.search(source):
        singular = PLURAL_MARKER_RE.sub("", source)
        plural = PLURAL_MARKER_RE.sub(lambda m: m.group(1), source)
        warning = None
        if OTHER_MARKER_RE.search(singular):
            warning = "a plural marker was left as it is"
        return singular, plural, warning
    return source, source, 'no "(s)" marker: the source is used for both forms'


def fill(text: str, path: str):
    """Returns (new text, number of messages filled, list of warnings)."""
    filled = 0
    warnings = []

    def fill_message(match):
        nonlocal filled
        attrs, body = match.group("attrs"), match.group("body")
        translation = UNFINISHED_RE.search(body)
        if translation is None:
            return match.group(0)  # finished, vanished or obsolete: leave alone
        source_match = SOURCE_RE.search(body)
        if source_match is None:
            warnings.append(f"{path}: a message without <source> was skipped")
            return match.group(0)
        source = source_match.group("text")  # still XML-escaped, copied as it is
        indent = translation.group("indent")
        if re.search(r"\bnumerus\s*=\s*\"yes\"", attrs):
            singular, plural, warning = plural_forms(source)
            if warning:
                warnings.append(f"{path}: {html.unescape(source)!r}: {warning}")
            inner = indent + "    "
            new = (f"{indent}<translation>\n"
                   f"{inner}<numerusform>{singular}</numerusform>\n"
                   f"{inner}<numerusform>{plural}</numerusform>\n"
                   f"{indent}</translation>")
        else:
            new = f"{indent}<translation>{source}</translation>"
        filled += 1
        start, end = translation.span()
        return (match.group("indent") + f"<message{attrs}>"
                + body[:start] + new + body[end:] + "</message>")

    return MESSAGE_RE.sub(fill_message, text), filled, warnings


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Fill unfinished messages of an English .ts file from their sources.")
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT_TS],
                        help=f"translation files (default: {DEFAULT_TS})")
    parser.add_argument("--check", action="store_true",
                        help="only report; exit with 1 if a file would change")
    args = parser.parse_args()

    would_change = False
    for path in args.files:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            print(f"error: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        language = re.search(r"<TS\b[^>]*\blanguage=\"([^\"]*)\"", text)
        if language and not language.group(1).startswith("en"):
            print(f"error: {path} is for {language.group(1)}, not English; only English "
                  "translations can be copied from the source", file=sys.stderr)
            return 2
        new_text, filled, warnings = fill(text, str(path))
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if new_text != text:
            would_change = True
            if not args.check:
                path.write_text(new_text, encoding="utf-8")
        verb = "would fill" if args.check else "filled"
        print(f"{path}: {verb} {filled} message(s)")
    return 1 if args.check and would_change else 0


if __name__ == "__main__":
    sys.exit(main())
