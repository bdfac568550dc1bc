"""Validates a PainPace JSON export against its JSON Schema with the jsonschema package: an
independent check that what the app writes is what the schema documents.

usage: validate_export.py WRITER SCHEMA WORKDIR
"""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema


def main() -> int:
    writer, schema_path, workdir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    workdir.mkdir(parents=True, exist_ok=True)
    export = workdir / "rich-export.json"
    subprocess.run([writer, str(export)], check=True)
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(export.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: e.json_path)
    for error in errors[:20]:
        print(f"{error.json_path}: {error.message}", file=sys.stderr)
    # The test must be able to fail: a document missing a required part is refused.
    broken = dict(document)
    del broken["checkIns"]
    if validator.is_valid(broken):
        print("the schema accepted an export without its check-ins", file=sys.stderr)
        return 1
    kinds = {key: len(document[key]) for key in
             ("ownTriggers", "ownTherapies", "checkIns", "questionnaires", "pacingPlans", "trials")}
    if min(kinds.values()) == 0:
        print(f"the rich diary should have every kind of record: {kinds}", file=sys.stderr)
        return 1
    print(f"valid against {schema_path.name}: {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
