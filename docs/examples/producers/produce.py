#!/usr/bin/env python3
"""Writes a JhaModel exchange document and NDJSON records as a Python integrator would, with the standard library only.

Usage: python3 produce.py OUT_DIR    writes OUT_DIR/document.json and OUT_DIR/records.ndjson

The settings that matter (docs/exchange-format.md, "Producing from Python"):
- instants from an aware datetime: datetime.now(timezone.utc).isoformat() gives "2026-12-03T08:00:00.123456+00:00",
  which is read as that instant; a naive datetime (no offset) is refused;
- dates with date.isoformat() ("2019-01-01");
- None is left out (without_none), never written as null;
- json.dumps(..., ensure_ascii=False, allow_nan=False), written as UTF-8 with "\n" line ends;
- a count that arrives as a float (107.0, as from a spreadsheet) is written 107.0 and read as the whole number 107.
"""
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

EUROJUST_NEWS = {
    "title": 'Eurojust news, "Rising trend in judicial cooperation with Western Balkans", 22 October 2020',
    "asOf": date(2020, 10, 22).isoformat(),
}

OJ_SOURCE = {
    "title": "Official Journal texts of Council Decisions 2005/371/EC and 2005/809/EC (dataverse.harvard.edu); "
    "eumonitor.eu; nosdeputes.fr (entry into force on 1 May 2006)",
    "asOf": None,
}


def without_none(value):
    """Optional members that have no value are left out: the format has no null for them."""
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    return value


def statistic(identifier, start, end, value):
    return {
        "id": identifier,
        "metric": "registered-cases-involving",
        "metricWording": "Cases involving Western Balkan countries registered",
        "reportingBody": "eurojust",
        "scope": {"grouping": "wb6"},
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "value": value,
        "revises": None,
        "published": date(2020, 10, 22).isoformat(),
        "source": EUROJUST_NEWS,
        "confidence": "verified",
    }


def event(kind, day, **extra):
    return {"kind": kind, "date": day.isoformat(), **extra, "source": OJ_SOURCE, "confidence": "verified"}


readmission = {
    "id": "eu-al-readmission",
    "kind": "readmission",
    "title": "Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation",
    "form": "bilateral",
    "parties": ["eu", "AL"],
    "identifiers": {"officialJournal": "OJ L 124, 17.5.2005"},
    "events": [
        event("council-decision-on-signing", date(2005, 3, 3), decisionReference="2005/371/EC", officialJournal="OJ L 124, 17.5.2005, p. 21"),
        event("council-decision-on-conclusion", date(2005, 11, 7), decisionReference="2005/809/EC", officialJournal="OJ L 304, 23.11.2005, p. 14", celex="32005D0809"),
        event("entry-into-force", date(2006, 5, 1)),
    ],
    "partyEvents": [
        {"party": party, "kind": "signature", "date": date(2005, 4, 14).isoformat(), "source": OJ_SOURCE, "confidence": "verified"}
        for party in ("eu", "AL")
    ],
    "statements": [],
    "ineligibleParties": [],
}

statistics = [
    statistic("eurojust-wb6-registered-cases-2019", date(2019, 1, 1), date(2019, 12, 31), float(107)),
    statistic("eurojust-wb6-registered-cases-2020-01-09", date(2020, 1, 1), date(2020, 9, 30), 110),
]

ranking = {
    "metric": "cases-involving",
    "metricWording": "Third States among the ten most involved in Eurojust casework: Serbia, Albania and North Macedonia",
    "reportingBody": "eurojust",
    "population": {"outside": "eu"},
    "published": date(2020, 10, 22).isoformat(),
    "entries": [{"country": code, "rank": None, "within": 10} for code in ("RS", "AL", "MK")],
    "source": EUROJUST_NEWS,
    "confidence": "verified",
}

document = {
    "formatVersion": "1.0",
    "producer": "JhaModel Python producer example",
    "generatedAt": datetime.now(timezone.utc).isoformat(),
    "asOf": date(2020, 10, 22).isoformat(),
    "agreements": [readmission],
    "statistics": statistics,
    "rankings": [ranking],
}


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "document.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(without_none(document), ensure_ascii=False, allow_nan=False, indent=2) + "\n")
    records = [("agreement", readmission)] + [("statistic", s) for s in statistics] + [("ranking", ranking)]
    with open(out / "records.ndjson", "w", encoding="utf-8", newline="\n") as f:
        for kind, record in records:
            line = {"kind": kind, "record": without_none(record)}
            f.write(json.dumps(line, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
