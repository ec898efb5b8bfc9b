#!/usr/bin/env python3
"""Writes data/country-names.json from Debian's iso-codes (the iso_3166-1.mo catalogues of every locale).

For each locale iso-codes translates, the translated ISO 3166-1 short names by alpha-2 code (only the names the
catalogue translates: a missing name is missing, never copied from English; a catalogue that translates none is left
out). Each locale is written as its BCP 47
tag (sr@latin is sr-Latn, pt_BR is pt-BR); a table may also answer a shorter tag ("answers": Serbian "sr" is
Cyrillic in iso-codes, so the sr-Cyrl table answers "sr"). Languages in tag order, names in code order, one name a
line, so that a diff reads as a data change. The parity test
(tests/JhaModel.Tests/Countries/CountryNameParityTests.cs) compares the file with the installed catalogues.
Usage: python3 data/country-names.py [ISO_CODES_JSON_DIR] [LOCALE_DIR]
"""
import gettext
import json
import pathlib
import subprocess
import sys

source_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json")
locale_dir = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale")
version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout or "unknown"
part1 = json.loads((source_dir / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]

# Locales whose BCP 47 tag is not the locale name with '_' as '-'. "mo" (Moldavian) is left out: BCP 47 deprecates
# the subtag in favour of "ro", whose own catalogue is written.
tags = {"sr": "sr-Cyrl", "sr@latin": "sr-Latn", "tt@iqtelif": "tt-Latn"}
answers = {"sr-Cyrl": ["sr"]}
skipped = {"mo"}

languages = []
for catalogue in sorted(locale_dir.glob("*/LC_MESSAGES/iso_3166-1.mo")):
    locale = catalogue.parent.parent.name
    if locale in skipped:
        continue
    tag = tags.get(locale, locale.replace("_", "-"))
    with catalogue.open("rb") as stream:
        translations = gettext.GNUTranslations(stream)
    names = {}
    for row in part1:
        # GNUTranslations returns the message itself when the catalogue has no translation for it.
        if row["name"] in translations._catalog:
            names[row["alpha_2"]] = translations._catalog[row["name"]]
    if not names:
        continue  # a catalogue that translates no country name (ab, ak, ...) answers nothing
    entry = {"tag": tag, "locale": locale}
    if tag in answers:
        entry["answers"] = answers[tag]
    entry["names"] = dict(sorted(names.items()))
    languages.append(entry)
languages.sort(key=lambda e: e["tag"])

document = {
    "source": f"Debian iso-codes {version}: the ISO 3166-1 short names of iso_3166-1.mo in {len(languages)} locales (a name the catalogue does not translate is absent). CountryNameParityTests compares every entry with the installed catalogues; regenerate with data/country-names.py.",
    "languages": languages,
}
out = pathlib.Path(__file__).with_name("country-names.json")
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
