#!/usr/bin/env python3
"""Checks that each room includes only the rooms it may (docs/architecture.md, "Rooms").

    scripts/check-architecture.py [--root DIR]

A room is a folder of app/ (util, domain, api, ...) or ui/. An #include "room/..." from a file
of another room must be in ALLOWED below; includes within a room and of Qt or the standard
library are not checked here (otp_core does not link Qt Widgets, so a Widgets header in app/
already fails to compile). Run by CTest as `architecture_rules`; exits 1 and names each
include that crosses a wall it should not.
"""
import argparse
import pathlib
import re
import sys

CORE = ["util", "domain", "api", "storage", "secrets", "sandbox", "i18n", "reports", "services"]
# room -> the rooms its files may include. Keep in step with docs/architecture.md.
ALLOWED = {
    "util": [],
    "domain": ["util"],
    "api": ["domain", "util"],
    "storage": ["api", "domain", "util"],  # api: the error catalog, for test numbers
    "secrets": ["util"],
    "sandbox": ["api", "domain", "util"],
    "i18n": ["domain", "util"],
    "reports": ["util", "domain", "api", "storage", "sandbox"],
    "services": ["util", "domain", "api", "storage", "secrets", "sandbox", "i18n", "reports"],
    "cli": CORE,  # otpctl: a face over the core
    "gui": CORE + ["ui"],  # otp-manager's main.cpp
    "ui": CORE,  # the desktop app: a face over the core
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/')
UI_FOLDERS = {"models", "dialogs", "pages", "widgets"}  # ui's own subfolders


def room_of(relative):
    parts = relative.split("/")
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "app" and len(parts) > 2:
        return parts[1]
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parent.parent))
    root = pathlib.Path(parser.parse_args().root)
    problems, checked = [], 0
    for top in ("app", "ui"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            relative = path.relative_to(root).as_posix()
            room = room_of(relative)
            if room not in ALLOWED:
                problems.append(f"{relative}: in no known room (add it to ALLOWED)")
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if room == "ui" and target in UI_FOLDERS:
                    continue
                checked += 1
                if target != room and target not in ALLOWED[room]:
                    problems.append(f"{relative}:{number}: {room} may not include {target}/")
    if problems:
        print("Includes across rooms that the architecture does not allow:")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"architecture: {checked} includes across rooms, all allowed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
