#!/usr/bin/env python3
"""Fails when a .ts file is out of date with the sources or has unfinished entries.

Runs lupdate on a temporary copy of each .ts file and compares the set of messages
(context, source, comment, plural) with the committed file: a message the sources have and the
file lacks, or one the file keeps that the sources no longer have, means the file is stale
(refresh it with `cmake --build build --target update_translations`). Then counts unfinished
and obsolete entries, which must be 0.

usage: check-translations.py LUPDATE SOURCE_ROOT TS_FILE...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    root = ET.parse(path).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.add((name, message.findtext("source"), message.findtext("comment") or "",
                       message.get("numerus") == "yes"))
    return root, found


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, root = sys.argv[1], Path(sys.argv[2])
    sources = sorted(str(p) for folder in ("app", "ui") for p in (root / folder).rglob("*")
                     if p.suffix in (".cpp", ".h"))
    failures = 0
    for ts in sys.argv[3:]:
        ts = Path(ts)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources,
                            "-ts", str(fresh)], check=True)
            _, wanted = messages(fresh)
        tree, have = messages(ts)
        missing, stale = wanted - have, have - wanted
        unfinished = [m for m in tree.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        obsolete = [m for m in tree.iter("message")
                    if m.find("translation").get("type") in ("obsolete", "vanished")]
        for context, source, _, _ in sorted(missing)[:20]:
            print(f"{ts.name}: not in the file: [{context}] {source!r}")
        for context, source, _, _ in sorted(stale)[:20]:
            print(f"{ts.name}: no longer in the sources: [{context}] {source!r}")
        for m in unfinished[:20]:
            print(f"{ts.name}: unfinished: {m.findtext('source')!r}")
        print(f"{ts.name}: {len(have)} messages, {len(missing)} missing, {len(stale)} stale, "
              f"{len(unfinished)} unfinished, {len(obsolete)} obsolete")
        failures += len(missing) + len(stale) + len(unfinished) + len(obsolete)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
