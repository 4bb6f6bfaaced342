"""Tests of tools/devset-quotes.py on invented text (not run by the build): python3 -m unittest tools/test_devset_quotes.py"""

import importlib.util
import io
import os
import tempfile
import unittest
from contextlib import redirect_stdout

_SPEC = importlib.util.spec_from_file_location("devset_quotes", os.path.join(os.path.dirname(__file__), "devset-quotes.py"))
dq = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dq)

# An invented report: not from any outlet, the dev set or the seeds.
REPORT = "أعلنت قيادة شرطة المثنى، اليوم، أن دورية راجلة عثرت على مخبأ للعتاد قرب بحيرة ساوة وفجرته في مكانه.\n"


class DevsetQuotesTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.texts = os.path.join(self.tmp.name, "texts")
        self.repo = os.path.join(self.tmp.name, "repo")
        os.makedirs(self.texts)
        os.makedirs(os.path.join(self.repo, "src"))
        os.makedirs(os.path.join(self.repo, "seeds"))
        with open(os.path.join(self.texts, "x01.txt"), "w", encoding="utf-8") as f:
            f.write(REPORT)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, rel, text):
        path = os.path.join(self.repo, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def run_tool(self):
        out = io.StringIO()
        with redirect_stdout(out):
            code = dq.main(["devset-quotes.py", self.texts, self.repo])
        return code, out.getvalue()

    def test_a_quote_with_other_spelling_is_found(self):
        # Tatweel, diacritics and ta marbuta differ; the run still is the report's.
        self.write("src/A.cs", '// "عـثرت على مخبأ للعتاد قُرب بحيره ساوه"\n')
        code, out = self.run_tool()
        self.assertEqual(1, code)
        self.assertIn("src/A.cs:1: 7 words also in dev-set x01.txt", out)
        self.assertIn("1 dev-set quote(s)", out)

    def test_five_words_are_not_a_quote(self):
        self.write("tests/B.cs", '"عثرت على مخبأ للعتاد قرب مدينة أخرى"\n')
        code, out = self.run_tool()
        self.assertEqual(0, code)
        self.assertIn("0 dev-set quote(s)", out)

    def test_numbers_and_punctuation_do_not_end_a_run(self):
        with open(os.path.join(self.texts, "x01.txt"), "w", encoding="utf-8") as f:
            f.write("وقتلت القوة 4 مسلحين، واعتقلت 2 آخرين في بادية السماوة.\n")
        self.write("tests/F.cs", '"وقتلت القوة 7 مسلحين، واعتقلت (3) آخرين في"\n')
        code, out = self.run_tool()
        self.assertEqual(1, code)
        self.assertIn("6 words also in dev-set x01.txt", out)

    def test_a_latin_word_ends_a_run(self):
        self.write("src/C.cs", 'var a = "عثرت على مخبأ" + Word + "للعتاد قرب بحيرة ساوة";\n')
        code, _ = self.run_tool()
        self.assertEqual(0, code)

    def test_seeds_and_build_output_are_not_checked_and_seed_overlaps_do_not_fail(self):
        self.write("seeds/s.txt", REPORT)
        self.write("src/bin/Debug/copy.txt", REPORT)
        with open(os.path.join(self.texts, "x01.txt"), "w", encoding="utf-8") as f:
            f.write("نص آخر لا صلة له بشيء.\n")
        self.write("docs/D.md", "عثرت على مخبأ للعتاد قرب بحيرة ساوة\n")
        code, out = self.run_tool()
        self.assertEqual(0, code)
        self.assertIn("docs/D.md:1: 7 words also in seed s.txt", out)
        self.assertNotIn("bin", out)

    def test_an_allowed_title_is_not_a_quote(self):
        title = dq.ALLOWED_PHRASES[0]
        with open(os.path.join(self.texts, "x02.txt"), "w", encoding="utf-8") as f:
            f.write(f"وقال {title} إن الوضع مستقر.\n")
        self.write("src/E.json", f'["{title}"]\n')
        code, _ = self.run_tool()
        self.assertEqual(0, code)

    def test_a_missing_texts_folder_is_a_usage_error(self):
        out = io.StringIO()
        with redirect_stdout(out):
            self.assertEqual(2, dq.main(["devset-quotes.py", os.path.join(self.tmp.name, "none"), self.repo]))


if __name__ == "__main__":
    unittest.main()
