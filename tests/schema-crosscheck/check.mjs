// Usage: node check.mjs <schema.json> <file>...
// Prints one JSON line per file: {"file": "...", "valid": true|false, "errors": [...]}.
// A file ending in .ndjson is checked line by line; it is valid when every line is.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const documents = file.endsWith(".ndjson") ? text.split("\n").filter((l) => l.trim() !== "") : [text];
  let valid = true;
  const errors = [];
  for (const document of documents) {
    let value;
    try {
      value = JSON.parse(document);
    } catch (e) {
      valid = false;
      errors.push(`syntax: ${e.message}`);
      continue;
    }
    if (!validate(value)) {
      valid = false;
      errors.push(...validate.errors.map((e) => `${e.instancePath} ${e.message}`));
    }
  }
  console.log(JSON.stringify({ file, valid, errors: errors.slice(0, 5) }));
}
