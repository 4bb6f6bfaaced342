#!/usr/bin/env python3
"""Checks build_gazetteer.py on a few invented dump lines: python3 tools/gazetteer/test_build_gazetteer.py"""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gazetteer as b  # noqa: E402


def line(gid, name, alternates, admin1, lat=33.0, lon=44.0, feature="PPL"):
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), "P", feature, "IQ", "", admin1,
                      "", "", "", "0", "", "0", "Asia/Baghdad", "2020-01-01"]) + "\n"


class BuildTests(unittest.TestCase):
    def build(self, *lines):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.writelines(lines)
        try:
            places, left_out, _ = b.build(f.name)
        finally:
            os.unlink(f.name)
        return {p["id"]: p for p in places}, left_out

    def test_province_type_and_article_variants(self):
        places, _ = self.build(line(1, "Qaryat Zahrah", "قرية زهرة,الزهيرية", "18", feature="PPLA3"))
        p = places["gn-1"]
        self.assertEqual(p["province"], "IQ-SD")
        self.assertEqual(p["type"], "SubDistrict")
        self.assertIn("زهيرية", p["variants"])

    def test_a_name_in_two_provinces_spans_them(self):
        places, _ = self.build(line(1, "Tall adh Dhahab", "تل الذهب", "08"), line(2, "Tall adh Dhahab", "تل الذهب", "15"))
        self.assertEqual(list(places), ["gn-1"])
        self.assertIsNone(places["gn-1"]["province"])
        self.assertEqual(places["gn-1"]["candidates"], ["IQ-DA", "IQ-NI"])

    def test_common_words_are_flagged_and_general_or_short_names_dropped(self):
        places, left_out = self.build(line(1, "Bahar", "بحار", "02"), line(2, "Madinah", "المدينة", "02"), line(3, "Ab", "اب", "02"))
        self.assertTrue(places["gn-1"]["ambiguousWord"])
        self.assertEqual(sorted(gid for gid, _, _ in left_out), ["2", "3"])

    def test_hand_kept_places_and_provinces_win(self):
        places, left_out = self.build(line(1, "Mosul", "الموصل", "15"), line(2, "Diyala", "ديالى", "10"))
        self.assertEqual(places, {})
        self.assertEqual(len(left_out), 2)

    def test_kurdish_letters_fold_and_place_nouns_go(self):
        places, _ = self.build(line(1, "Hiran", "ناحية هيران,هەولێر نوێ,پیرمام", "11"))
        p = places["gn-1"]
        self.assertEqual(p["ar"], "هيران")
        self.assertIn("هەولێر نوێ".translate(b.KURDISH_FOLD), p["variants"])
        self.assertFalse(any("پ" in v for v in p["variants"]))


if __name__ == "__main__":
    unittest.main()
