#!/usr/bin/env python3
"""Writes data/iso-3166.json from Debian's iso-codes (the iso-codes package's JSON tables).

The ISO 3166-1 entries, ordered by alpha-2 code (CountryCode stores a position in that order), plus Kosovo as a
user-assigned entry; and the ISO 3166-3 withdrawn codes of the region, with their successors. The parity test
(tests/JhaModel.Tests/Countries/IsoCodesParityTests.cs) compares the file with the installed tables.
Usage: python3 data/iso-3166.py [ISO_CODES_JSON_DIR]
"""
import json
import pathlib
import subprocess
import sys

source_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json")
version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout or "unknown"
part1 = json.loads((source_dir / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
part3 = json.loads((source_dir / "iso_3166-3.json").read_text(encoding="utf-8"))["3166-3"]

countries = []
for row in part1 + [{"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo", "user_assigned": True}]:
    entry = {"alpha2": row["alpha_2"], "alpha3": row["alpha_3"]}
    for wire, key in (("numeric", "numeric"), ("name", "name"), ("officialName", "official_name"), ("commonName", "common_name")):
        if key in row:
            entry[wire] = row[key]
    entry["isUserAssigned"] = bool(row.get("user_assigned", False))
    countries.append(entry)
countries.sort(key=lambda e: e["alpha2"])

# The withdrawn codes of the Western Balkans, each with the codes that succeeded it.
successors = {"SCG": ["ME", "RS"], "YUG": ["CS"]}
withdrawn = []
for row in part3:
    if row["alpha_3"] not in successors:
        continue
    entry = {"alpha2": row["alpha_2"], "alpha3": row["alpha_3"], "alpha4": row["alpha_4"]}
    if "numeric" in row:
        entry["numericCode"] = row["numeric"]
    entry["name"] = row["name"]
    entry["withdrawalDate"] = row["withdrawal_date"]
    if "comment" in row:
        entry["comment"] = row["comment"]
    entry["successorCodes"] = successors[row["alpha_3"]]
    entry["source"] = {"title": f"Debian iso-codes {version}, iso_3166-3.json (ISO 3166-3 withdrawn codes)"}
    entry["confidence"] = "verified"
    withdrawn.append(entry)

document = {
    "source": f"Debian iso-codes {version}: iso_3166-1.json ({len(part1)} entries) and iso_3166-3.json (the withdrawn codes of the region); plus Kosovo as a user-assigned entry. IsoCodesParityTests compares every entry with the installed tables; regenerate with data/iso-3166.py.",
    "countries": countries,
    "withdrawn": withdrawn,
}
out = pathlib.Path(__file__).with_name("iso-3166.json")
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
