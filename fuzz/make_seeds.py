#!/usr/bin/env python3
"""Writes fuzz/seeds/<target>/: inputs that start past each format's envelope, derived from
the hostile corpus and fixtures under tests/ (scripts/fuzz.sh also gives libFuzzer those
directories as they are). Run from anywhere: python3 fuzz/make_seeds.py"""
import base64, glob, hashlib, json, os, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "fuzz", "seeds")


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(SEEDS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def tests(*parts):
    return sorted(glob.glob(os.path.join(ROOT, "tests", *parts)))


def compact(v):
    return json.dumps(v, separators=(",", ":"))


# Share links: the unpacked payload behind each version mark (door 0 = version 1, 1 = version 2).
for path in tests("corpus", "share_links", "*.txt"):
    text = "".join(open(path).read().split())
    token = text.rsplit("s=", 1)[-1].split("&")[0]
    if len(token) < 2 or token[0] not in "12":
        continue
    try:
        packed = base64.urlsafe_b64decode(token[1:] + "=" * (-len(token[1:]) % 4))
        payload = zlib.decompress(packed)
    except Exception:
        continue
    if len(payload) <= 64 * 1024:
        put("share_link_payload", bytes([0 if token[0] == "1" else 1]) + payload)

# Scenario objects, from the scenario files that parse.
scenarios = []
for path in tests("corpus", "files", "*.json") + tests("fixtures", "storage", "*.json"):
    try:
        doc = json.loads(open(path, encoding="utf-8-sig").read())
    except Exception:
        continue
    if isinstance(doc, dict) and isinstance(doc.get("scenario"), dict):
        scenarios.append(doc["scenario"])
for s in scenarios:
    put("import_scenario_file", json.dumps(s, indent=2))

# Library documents (version 2) and their entries; backups and theirs.
stamp = {"revision": 3, "tab": 10}
entries = [
    {"id": f"{i:012x}-a", "created": 1 + i, "modified": 5 + i, "stamp": stamp, "scenario": s}
    for i, s in enumerate(scenarios[:4])
]
for e in entries[:2]:
    put("library_document", compact(e))
current = {"scenario": scenarios[0], "saved_as": None, "edited": True, "modified": 9, "stamp": stamp}
put("library_document", compact(
    {"format": "cloudsplit-library", "version": 2, "revision": {"tab": 10, "n": 4},
     "parent": {"tab": 11, "n": 2}, "current": current, "entries": entries[:3],
     "kept_aside": [{"reason": "A saved scenario could not be read.", "raw": {"id": 1}}]}))
for path in tests("fixtures", "storage", "*.json"):
    put("library_document", open(path).read())
    put("backup", open(path).read())
backup_entries = [{k: e[k] for k in ("id", "created", "modified", "scenario")} for e in entries]
for e in backup_entries[:2]:
    put("backup", json.dumps(e, indent=2))
put("backup", json.dumps(
    {"format": "cloudsplit-backup", "version": 1, "exported": 1800000000000, "board": scenarios[1],
     "entries": backup_entries[:3],
     "extras": {"cloudsplit.price-book": "{}", "cloudsplit.presentation": "on"}}, indent=2))

# Price books: the fixtures, and the stored form's object.
for path in tests("fixtures", "price_books", "*.csv") + tests("fixtures", "price_books", "*.json"):
    put("price_book", open(path, "rb").read())
book = {"name": "negotiated.csv", "imported": "2026-10-07",
        "values": {"azure.price.gpt-4.1.input": 1.8, "aws.egress.per-gb": 0.05}}
put("price_book", compact(book))
put("price_book", compact({"format": "cloudsplit-price-book", "version": 1, "price_book": book}))
put("price_book", "assumption_id;value\nazure.egress.per-gb;0,05\n\"aws.egress.per-gb\";\"0,07\"\n")
