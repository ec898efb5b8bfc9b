#!/usr/bin/env python3
"""Validates JhaModel exchange files against a published JSON Schema with Python's jsonschema.

Usage: python3 check_schema.py SCHEMA FILE...

Prints one JSON line per file: {"file": "...", "valid": true|false, "errors": [...]}. A file ending in .ndjson is
checked line by line (blank lines skipped) and is valid when every line is. The input is read as strict UTF-8 and
parsed as strict JSON (no NaN or Infinity). Formats are checked: "date" by jsonschema itself, "date-time" with the
standard library's datetime.fromisoformat when jsonschema has no checker of its own for it.
"""
import datetime
import json
import sys

import jsonschema


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def _format_checker():
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in checker.checkers:
        checker = jsonschema.FormatChecker()

        @checker.checks("date-time", raises=ValueError)
        def is_date_time(instance):
            if not isinstance(instance, str):
                return True
            datetime.datetime.fromisoformat(instance)
            return True

    return checker


def main(argv):
    schema_path, files = argv[1], argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema, format_checker=_format_checker())
    for path in files:
        errors = []
        try:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
            if text.startswith("\ufeff"):
                text = text[1:]
            documents = [line for line in text.split("\n") if line.strip()] if path.endswith(".ndjson") else [text]
        except UnicodeDecodeError as e:
            documents, errors = [], [f"encoding: {e}"]
        for document in documents:
            try:
                value = json.loads(document, parse_constant=_reject_constant)
            except ValueError as e:
                errors.append(f"syntax: {e}")
                continue
            errors.extend(f"{'/'.join(map(str, e.absolute_path))} {e.message}"[:300] for e in validator.iter_errors(value))
        print(json.dumps({"file": path, "valid": not errors, "errors": errors[:5]}))


if __name__ == "__main__":
    main(sys.argv)
