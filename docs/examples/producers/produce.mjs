// Writes a JhaModel exchange document and NDJSON records as a JavaScript integrator would, with node only.
//
// Usage: node produce.mjs OUT_DIR    writes OUT_DIR/document.json and OUT_DIR/records.ndjson
//
// The settings that matter (docs/exchange-format.md, "Producing from JavaScript"):
// - instants with Date.prototype.toISOString() ("2026-12-03T08:00:00.123Z");
// - dates as "YYYY-MM-DD" strings: isoDate() formats a date in UTC (toISOString().slice(0, 10)), never in local time;
// - an optional member without a value is undefined, which JSON.stringify leaves out; null would be written and refused;
// - JSON.stringify writes UTF-8 text through fs.writeFileSync(..., "utf8") with "\n" line ends.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const isoDate = (year, month, day) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

const eurojustNews = {
  title: 'Eurojust news, "Rising trend in judicial cooperation with Western Balkans", 22 October 2020',
  asOf: isoDate(2020, 10, 22),
};

const ojSource = {
  title:
    "Official Journal texts of Council Decisions 2005/371/EC and 2005/809/EC (dataverse.harvard.edu); " +
    "eumonitor.eu; nosdeputes.fr (entry into force on 1 May 2006)",
  asOf: undefined,
};

const statistic = (id, start, end, value) => ({
  id,
  metric: "registered-cases-involving",
  metricWording: "Cases involving Western Balkan countries registered",
  reportingBody: "eurojust",
  scope: { grouping: "wb6" },
  period: { start, end },
  value,
  revises: undefined,
  published: isoDate(2020, 10, 22),
  source: eurojustNews,
  confidence: "verified",
});

const event = (kind, date, extra = {}) => ({ kind, date, ...extra, source: ojSource, confidence: "verified" });

const readmission = {
  id: "eu-al-readmission",
  kind: "readmission",
  title: "Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation",
  form: "bilateral",
  parties: ["eu", "AL"],
  identifiers: { officialJournal: "OJ L 124, 17.5.2005" },
  events: [
    event("council-decision-on-signing", isoDate(2005, 3, 3), { decisionReference: "2005/371/EC", officialJournal: "OJ L 124, 17.5.2005, p. 21" }),
    event("council-decision-on-conclusion", isoDate(2005, 11, 7), { decisionReference: "2005/809/EC", officialJournal: "OJ L 304, 23.11.2005, p. 14", celex: "32005D0809" }),
    event("entry-into-force", isoDate(2006, 5, 1)),
  ],
  partyEvents: ["eu", "AL"].map((party) => ({ party, kind: "signature", date: isoDate(2005, 4, 14), source: ojSource, confidence: "verified" })),
  statements: [],
  ineligibleParties: [],
};

const statistics = [
  statistic("eurojust-wb6-registered-cases-2019", isoDate(2019, 1, 1), isoDate(2019, 12, 31), 107),
  statistic("eurojust-wb6-registered-cases-2020-01-09", isoDate(2020, 1, 1), isoDate(2020, 9, 30), 110),
];

const ranking = {
  metric: "cases-involving",
  metricWording: "Third States among the ten most involved in Eurojust casework: Serbia, Albania and North Macedonia",
  reportingBody: "eurojust",
  population: { outside: "eu" },
  published: isoDate(2020, 10, 22),
  entries: ["RS", "AL", "MK"].map((country) => ({ country, rank: undefined, within: 10 })),
  source: eurojustNews,
  confidence: "verified",
};

const document = {
  formatVersion: "1.0",
  producer: "JhaModel JavaScript producer example",
  generatedAt: new Date().toISOString(),
  asOf: isoDate(2020, 10, 22),
  agreements: [readmission],
  statistics,
  rankings: [ranking],
};

const out = process.argv[2];
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "document.json"), JSON.stringify(document, null, 2) + "\n", "utf8");
const records = [["agreement", readmission], ...statistics.map((s) => ["statistic", s]), ["ranking", ranking]];
writeFileSync(join(out, "records.ndjson"), records.map(([kind, record]) => JSON.stringify({ kind, record }) + "\n").join(""), "utf8");
