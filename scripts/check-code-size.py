#!/usr/bin/env python3
"""Keeps the code in small pieces: no function over 80 lines, no file over 400 lines, in app/
and ui/ (data tables excepted). Run by CTest (test `code_size`) and by hand:

    scripts/check-code-size.py [--list N]    # N: also print the N longest functions

Functions are found the way the tree is formatted (.clang-format: a function's opening brace
stands alone at column 0), from the first line of the signature to the closing brace.
Exits 1 and names every piece over its limit.
"""
import argparse
import pathlib
import re
import sys

MAX_FUNCTION_LINES = 80
MAX_FILE_LINES = 400
ROOMS = ("app", "ui")
# Data, not logic: the vendor's 63-row table.
EXEMPT_FILES = {"app/api/ErrorCatalogData.cpp"}
SIGNATURE_STOP = re.compile(r"^(\}|#|//|/\*|\s*\*|namespace\b|using\b|template\s*<.*>\s*$)|;\s*$")


def signature_start(lines, brace_index):
    """The index of the first line of the declaration that the brace at brace_index opens."""
    index = brace_index - 1
    while index >= 0:
        line = lines[index]
        if not line.strip() or SIGNATURE_STOP.search(line):
            return index + 1
        if not line.startswith((" ", "\t")) and not line.startswith(":"):
            return index
        index -= 1
    return 0


def functions(path, lines):
    """Yields (name, first line, length) for every function body that opens at column 0."""
    for index, line in enumerate(lines):
        if line.rstrip() != "{":
            continue
        start = signature_start(lines, index)
        head = " ".join(l.strip() for l in lines[start:index])
        if re.match(r"^(class|struct|enum|union)\b", head) or "=" in head.split("(")[0]:
            continue  # a class body or an initialised variable, not a function
        end = index + 1
        while end < len(lines) and not lines[end].startswith("}"):
            end += 1
        name = head.split("(")[0].split()[-1] if "(" in head else head
        yield name, start + 1, end - start + 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", type=int, default=0, help="print the N longest functions")
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parent.parent))
    args = parser.parse_args()
    root = pathlib.Path(args.root)

    problems, all_functions = [], []
    for room in ROOMS:
        for path in sorted((root / room).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            relative = path.relative_to(root).as_posix()
            if relative in EXEMPT_FILES:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if len(lines) > MAX_FILE_LINES:
                problems.append(f"{relative}: {len(lines)} lines (limit {MAX_FILE_LINES})")
            for name, first, length in functions(relative, lines):
                all_functions.append((length, f"{relative}:{first}", name))
                if length > MAX_FUNCTION_LINES:
                    problems.append(
                        f"{relative}:{first}: {name} has {length} lines "
                        f"(limit {MAX_FUNCTION_LINES})")

    for length, where, name in sorted(all_functions, reverse=True)[: args.list]:
        print(f"{length:5d}  {where}  {name}")
    if problems:
        print("Pieces over the size limits (split them into functions or classes):")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"code size: {len(all_functions)} functions, none over {MAX_FUNCTION_LINES} lines; "
          f"no file over {MAX_FILE_LINES} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
