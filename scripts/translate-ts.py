#!/usr/bin/env python3
"""List a .ts file's unfinished messages, or fill them from a JSON file of translations.

After `cmake --build build --target update_translations` has added new messages:

    scripts/translate-ts.py dump translations/otp-manager_th.ts > todo.json
    # write the "translation" of each entry (a list of forms for numerus messages)
    scripts/translate-ts.py apply translations/otp-manager_th.ts todo.json
    cmake --build build --target update_translations     # lupdate normalises the layout

An entry is {"context", "source", "comment", "numerus", "translation"}; entries whose
translation is empty are left unfinished. Standard library only.
"""
import json
import sys
import xml.etree.ElementTree as ET


def unfinished(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            yield name, message, translation


def dump(path):
    root = ET.parse(path).getroot()
    entries = []
    for name, message, _ in unfinished(root):
        entries.append({
            "context": name,
            "source": message.findtext("source"),
            "comment": message.findtext("comment") or "",
            "numerus": message.get("numerus") == "yes",
            "translation": "" if message.get("numerus") != "yes" else [],
        })
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, translations_path):
    tree = ET.parse(path)
    wanted = {}
    for entry in json.load(open(translations_path, encoding="utf-8")):
        if entry.get("translation"):
            wanted[(entry["context"], entry["source"], entry.get("comment", ""))] = entry
    filled = 0
    for name, message, translation in unfinished(tree.getroot()):
        entry = wanted.get((name, message.findtext("source"), message.findtext("comment") or ""))
        if not entry:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        value = entry["translation"]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} messages filled", file=sys.stderr)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
