#!/usr/bin/env python3
"""Checks the gold of a set written apart from the rules (CasesHeld, CasesPages, CasesPagesHeld).

Usage: python3 tools/check-written-set.py FOLDER

FOLDER holds the set's texts (*.txt) and its gold.json: the gold parses, names every text once, each evidenceContains
is an exact substring of its text, dates, provinces, kinds and sides are well formed and the required keys are there.
Prints the set's totals; exits 1 on any error. The writers ran a copy of it beside their gold.
"""
import json, os, re, sys, datetime
if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
    sys.exit(__doc__)
HERE = os.path.abspath(sys.argv[1])
PROV = {"IQ-AN","IQ-AR","IQ-BA","IQ-BB","IQ-BG","IQ-DA","IQ-DI","IQ-DQ","IQ-KA","IQ-KI","IQ-MA","IQ-MU","IQ-NA","IQ-NI","IQ-QA","IQ-SD","IQ-SU","IQ-WA"}
KINDS = {"airstrike","raid","search","arrest","clash","isis-attack","ambush","bombing"}
SIDES = {"security","civilian","security+civilian"}
OPK = ["date","datePrecision","province","place","kind","actors","killed","arrested","wounded","hideoutsDestroyed","approximate","evidenceContains","note"]
TAK = ["period","periodStart","periodEnd","scope","announced","reportedBy","operations","killed","arrested","hideoutsDestroyed","isisAttacks","approximate","evidenceContains","note"]
RK = ["file","outlet","style","url","published","publishedNote","operations","tallies","mustNotExtract"]
errs = []
def date_ok(s, nullable=True):
    if s is None: return nullable
    try: datetime.date.fromisoformat(s); return True
    except Exception: return False
def num_ok(v): return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)
g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
files = set()
for r in g["reports"]:
    f = r.get("file"); files.add(f)
    for k in RK:
        if k not in r: errs.append(f"{f}: missing {k}")
    text = open(os.path.join(HERE, f), encoding="utf-8").read()
    if not date_ok(r["published"]): errs.append(f"{f}: bad published")
    for i, o in enumerate(r["operations"]):
        for k in OPK:
            if k not in o: errs.append(f"{f} op{i}: missing {k}")
        if o["evidenceContains"] not in text: errs.append(f"{f} op{i}: evidence not in text: {o['evidenceContains']}")
        if not date_ok(o["date"]): errs.append(f"{f} op{i}: bad date")
        if (o["date"] is None) != (o["datePrecision"] is None): errs.append(f"{f} op{i}: date/precision mismatch")
        if o["datePrecision"] not in (None,"day","month","year"): errs.append(f"{f} op{i}: bad precision")
        if o["datePrecision"] == "month" and o["date"] and not o["date"].endswith("-01"): errs.append(f"{f} op{i}: month not day 1")
        if o["province"] is not None and o["province"] not in PROV: errs.append(f"{f} op{i}: bad province")
        if o["kind"] not in KINDS: errs.append(f"{f} op{i}: bad kind {o['kind']}")
        if "side" in o and o["side"] not in SIDES: errs.append(f"{f} op{i}: bad side")
        if o["kind"] == "isis-attack" and "side" not in o: errs.append(f"{f} op{i}: isis-attack without side")
        for k in ("killed","arrested","wounded","hideoutsDestroyed"):
            if not num_ok(o[k]): errs.append(f"{f} op{i}: bad {k}")
        if not isinstance(o["approximate"], bool) or not isinstance(o["actors"], list): errs.append(f"{f} op{i}: types")
        if r["published"] is None and o["date"] and o["datePrecision"] == "day": pass
    for i, t in enumerate(r["tallies"]):
        for k in TAK:
            if k not in t: errs.append(f"{f} t{i}: missing {k}")
        if t["evidenceContains"] not in text: errs.append(f"{f} t{i}: evidence not in text: {t['evidenceContains']}")
        for k in ("periodStart","periodEnd","announced"):
            if not date_ok(t[k]): errs.append(f"{f} t{i}: bad {k}")
        if t["scope"] != "IQ" and t["scope"] not in PROV: errs.append(f"{f} t{i}: bad scope")
        for k in ("operations","killed","arrested","hideoutsDestroyed","isisAttacks"):
            if not num_ok(t[k]): errs.append(f"{f} t{i}: bad {k}")
        if all(t[k] is None for k in ("operations","killed","arrested","hideoutsDestroyed","isisAttacks")): errs.append(f"{f} t{i}: no figures")
onDisk = {x for x in os.listdir(HERE) if x.endswith(".txt")}
if onDisk != files: errs.append(f"files mismatch: {sorted(onDisk ^ files)}")
for e in errs: print("ERROR", e)
nops = sum(len(r["operations"]) for r in g["reports"])
fig = lambda o, ks: sum(o[k] is not None for k in ks)
opf = sum(fig(o, ("killed","arrested","wounded","hideoutsDestroyed")) for r in g["reports"] for o in r["operations"])
vic = sum(fig(o, ("killed","arrested","wounded","hideoutsDestroyed")) for r in g["reports"] for o in r["operations"] if "side" in o)
nt = sum(len(r["tallies"]) for r in g["reports"])
tf = sum(fig(t, ("operations","killed","arrested","hideoutsDestroyed","isisAttacks")) for r in g["reports"] for t in r["tallies"])
print(f"{len(g['reports'])} reports, {nops} events with {opf} operation figures ({vic} of them victims), {nt} tallies with {tf} figures")
sys.exit(1 if errs else 0)
