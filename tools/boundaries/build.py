#!/usr/bin/env python3
"""Builds the dashboard's governorate boundaries from a level-1 GeoJSON of Iraq: OCHA's COD-AB (the shipped file),
geoBoundaries' gbOpen ADM1 or Natural Earth's 10m admin-1 states and provinces (see README.md)."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# OCHA P-code -> ISO 3166-2 (the codes of src/OpsTracker.Core/Extraction/Data/provinces.json).
PCODE_TO_ISO = {
    "IQG01": "IQ-AN", "IQG02": "IQ-BA", "IQG03": "IQ-MU", "IQG04": "IQ-NA", "IQG05": "IQ-QA", "IQG06": "IQ-SU",
    "IQG07": "IQ-BB", "IQG08": "IQ-BG", "IQG09": "IQ-DA", "IQG10": "IQ-DI", "IQG11": "IQ-AR", "IQG12": "IQ-KA",
    "IQG13": "IQ-KI", "IQG14": "IQ-MA", "IQG15": "IQ-NI", "IQG16": "IQ-SD", "IQG17": "IQ-DQ", "IQG18": "IQ-WA",
}
# Halabja (IQ-HA) has no P-code in OCHA's 2019 layer (it lies inside Sulaymaniyah); geoBoundaries draws it.
OPTIONAL_ISO = {"IQ-HA"}
# Natural Earth still names Kirkuk by its former name and code (At-Ta'mim, IQ-TS); older releases leave
# iso_3166_2 as a bare "IQ-" and carry the code only in code_hasc ("IQ.TS").
NATURAL_EARTH_ALIASES = {"IQ-TS": "IQ-KI"}
KEEP = "12%"  # share of vertices mapshaper keeps
PRECISION = "0.001"  # degrees, about 100 m


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("source")
    args.add_argument("--mapshaper", default="mapshaper")
    args.add_argument("--out", required=True)
    a = args.parse_args()
    with open(a.source, encoding="utf-8") as f:
        data = json.load(f)
    iso_codes = set(PCODE_TO_ISO.values())
    if any("adm0_a3" in f["properties"] for f in data["features"]):  # Natural Earth: the whole world, or a cut of it
        data["features"] = [f for f in data["features"] if f["properties"].get("adm0_a3") == "IRQ"]
    for feature in data["features"]:
        props = feature["properties"]
        if "adm0_a3" in props:
            code = props.get("iso_3166_2") or ""
            if code in ("", "IQ-") and props.get("code_hasc"):
                code = props["code_hasc"].replace(".", "-")
            code = NATURAL_EARTH_ALIASES.get(code, code)
            if code not in iso_codes | OPTIONAL_ISO:
                print(f"unknown ISO 3166-2 code {code!r} ({props.get('name')})", file=sys.stderr)
                return 1
            feature["properties"] = {"code": code}
            continue
        if "shapeISO" in props:  # geoBoundaries names each unit by its ISO 3166-2 code already
            code = props["shapeISO"]
            if code not in iso_codes | OPTIONAL_ISO:
                print(f"unknown ISO 3166-2 code {code}", file=sys.stderr)
                return 1
            feature["properties"] = {"code": code}
            continue
        pcode = props["ADM1_PCODE"]
        if pcode not in PCODE_TO_ISO:
            print(f"unknown P-code {pcode}", file=sys.stderr)
            return 1
        feature["properties"] = {"code": PCODE_TO_ISO[pcode], "pcode": pcode}
    missing = iso_codes - {f["properties"]["code"] for f in data["features"]}
    if missing:
        print(f"missing governorates: {sorted(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        keyed = os.path.join(tmp, "keyed.geojson")
        simplified = os.path.join(tmp, "simplified.geojson")
        with open(keyed, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": data["features"]}, f)
        subprocess.run([a.mapshaper, keyed, "-simplify", KEEP, "keep-shapes", "-o", f"precision={PRECISION}",
                        "format=geojson", simplified], check=True)
        with open(simplified, encoding="utf-8") as f:
            out = json.load(f)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": out["features"]}, f, separators=(",", ":"), ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
