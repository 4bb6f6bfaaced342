#!/usr/bin/env python3
"""How many reports a rewrite makes the extractor read differently.

usage: compare_readings.py ORIGINAL.jsonl REWRITTEN.jsonl [--list]

Both files are `extract FOLDER` output (JSON Lines with "file"). A report's reading is its publication date and, per
operation, date, precision, whether the date is relative, province, kind, strikes, casualties (side, category, count)
and hideout counts, and per tally its period, scope, authority and figures: what the report says, not where in the
text it says it (evidence offsets) or how it spells it (place and relative-date text follow the text's hand).
"""
import json
import sys


def reading(o):
    ops = [
        (op["date"], op["datePrecision"], op["relativeDate"] is not None, op["province"], op["kind"], op["strikes"],
         sorted((c["side"], c["category"], c["count"]) for c in op["casualties"]), sorted(h["count"] for h in op["hideouts"]))
        for op in o["operations"]
    ]
    tallies = [
        (t.get("periodStart"), t.get("periodEnd"), t.get("scope"), t.get("reportedBy"), t.get("operations"), t.get("killed"),
         t.get("arrested"), t.get("hideoutsDestroyed"), t.get("isisAttacks"))
        for t in o["tallies"]
    ]
    return json.dumps([o.get("published"), ops, tallies], ensure_ascii=False)


def load(path):
    with open(path, encoding="utf-8") as f:
        return {o["file"]: reading(o) for o in map(json.loads, f)}


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    original, rewritten = load(argv[1]), load(argv[2])
    differing = sorted(f for f in original if rewritten.get(f) != original[f])
    print(f"{len(differing)} of {len(original)} reports read differently")
    if "--list" in argv:
        print("\n".join(differing))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
