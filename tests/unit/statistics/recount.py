#!/usr/bin/env python3
"""Independent recount of a resident CSV, printed as the `stats summary --json` document.

Used by the statistics tests as the oracle: it shares no code with the module (plain csv module,
ages by comparing (month, day)). Usage: recount.py FILE.csv AS_OF [--province CODE] [--ward CODE]
"""
import csv
import json
import sys


def main():
    path, as_of = sys.argv[1], sys.argv[2]
    province = ward = None
    args = sys.argv[3:]
    while args:
        key, value = args[0], args[1]
        args = args[2:]
        if key == "--province":
            province = value
        elif key == "--ward":
            ward = value
    y, m, d = (int(x) for x in as_of.split("-"))
    bands = ["%d-%d" % (b * 5, b * 5 + 4) for b in range(16)] + ["80+"]
    out = {"total": 0, "bySex": {"M": 0, "F": 0}, "byAgeBand": {b: 0 for b in bands},
           "byEthnicity": {}, "byReligion": {}, "byResidenceType": {"permanent": 0, "temporary": 0},
           "byProvince": {}, "byWard": {}}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if province and row["province_code"] != province:
                continue
            if ward and row["ward_code"] != ward:
                continue
            out["total"] += 1
            out["bySex"][row["sex"]] += 1
            by, bm, bd = (int(x) for x in row["date_of_birth"].split("-"))
            age = y - by - (1 if (m, d) < (bm, bd) else 0)
            if age >= 0:
                out["byAgeBand"][bands[min(age // 5, 16)]] += 1
            for key, col in (("byEthnicity", "ethnicity"), ("byReligion", "religion"),
                             ("byResidenceType", "residence_type"), ("byProvince", "province_code"),
                             ("byWard", "ward_code")):
                out[key][row[col]] = out[key].get(row[col], 0) + 1
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
