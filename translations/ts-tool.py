#!/usr/bin/env python3
"""Maintenance of the translation catalogues (run after `cmake --build build --target update_translations`).

  ts-tool.py fill-en motcua_en.ts              English catalogue: the English source text is the translation
  ts-tool.py unfinished motcua_vi.ts > todo.json   unfinished strings as {context: {source: ""}}
  ts-tool.py apply motcua_vi.ts done.json      fills translations from {context: {source: translation}}
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def set_translation(msg, text):
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        # Vietnamese has one plural form, English two; both get the same text here.
        forms = 1 if tr_lang == "vi" else 2
        for _ in range(forms):
            ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def main():
    global tr_lang
    cmd, path = sys.argv[1], sys.argv[2]
    tree = load(path)
    tr_lang = tree.getroot().get("language", "")[:2]
    if cmd == "fill-en":
        for _, msg in messages(tree):
            set_translation(msg, msg.findtext("source"))
        save(tree, path)
    elif cmd == "unfinished":
        todo = {}
        for ctx, msg in messages(tree):
            if msg.find("translation").get("type") == "unfinished":
                todo.setdefault(ctx, {})[msg.findtext("source")] = ""
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    elif cmd == "apply":
        with open(sys.argv[3], encoding="utf-8") as f:
            done = json.load(f)
        missing = 0
        for ctx, msg in messages(tree):
            text = done.get(ctx, {}).get(msg.findtext("source"))
            if text:
                set_translation(msg, text)
            elif msg.find("translation").get("type") == "unfinished":
                missing += 1
        save(tree, path)
        print(f"{missing} strings still unfinished", file=sys.stderr)
    else:
        sys.exit(__doc__)


tr_lang = ""
if __name__ == "__main__":
    main()
