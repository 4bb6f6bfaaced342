#!/usr/bin/env python3
"""Rewrite a folder of Arabic reports as other outlets would write them, one folder per rewrite.

usage: rewrite_reports.py SOURCE_DIR OUT_DIR [REWRITE ...]

Every *.txt of SOURCE_DIR is written again under OUT_DIR/REWRITE/ (sidecar *.json publication dates are copied), for
each rewrite named (default: all). A rewrite keeps what a report says and changes how it is written, so the extractor
should read every rewritten report as it reads the original: `extract OUT_DIR/REWRITE` against `extract SOURCE_DIR`,
compared report by report or scored against the same gold, measures how far the reading depends on one outlet's hand
(docs/history/extraction-log.md, milestones 12 and 13, "Reading other hands"). Standard library only; seeded, so the output is the same on every run.
"""
import os
import random
import re
import shutil
import sys

LETTER = r"[\u0621-\u064A]"
PREFIX = r"(?<![\u0621-\u064A])((?:و|ف)?(?:ب|ل|ك)?)"
END = r"(?![\u0621-\u064A])"


def _tatweel(t):
    rnd = random.Random(1)

    def one(m):
        w = m.group(0)
        i = rnd.randint(1, len(w) - 2)
        return w[:i] + "ـ" + w[i:] if rnd.random() < 0.15 and w[i - 1] not in "اأإآدذرزوؤة" else w

    return re.sub(LETTER + "{4,}", one, t)


def _short_vowels(t):
    rnd = random.Random(2)
    out = []
    for ch in t:
        out.append(ch)
        if "\u0628" <= ch <= "\u064A" and rnd.random() < 0.12:
            out.append(rnd.choice("\u064E\u064F\u0650\u0651\u0652\u064B"))
    return "".join(out)


def _sampled_spaces(seed, share, by):
    def rewrite(t):
        rnd = random.Random(seed)
        return re.sub(" ", lambda m: by if rnd.random() < share else " ", t)

    return rewrite


def _words(*pairs):
    def rewrite(t):
        for a, b in pairs:
            t = re.sub(PREFIX + a + END, r"\1" + b, t)
        return t

    return rewrite


# Number words an outlet may write in digits: the counted noun follows, so the digit stands where the word stood.
_NUMBER_WORDS = [("ثلاثة", "3"), ("ثلاث", "3"), ("أربعة", "4"), ("أربع", "4"), ("خمسة", "5"), ("خمس", "5"),
                 ("ستة", "6"), ("ست", "6"), ("سبعة", "7"), ("سبع", "7"), ("ثمانية", "8"), ("ثماني", "8"),
                 ("تسعة", "9"), ("تسع", "9"), ("عشرة", "10")]
# The first word of a compound number ("اثنا عشر"، "ثلاثة عشر"): the word after it is no number of its own.
_COMPOUND_HEADS = ("اثنا", "اثني", "اثنتا", "اثنتي", "أحد", "إحدى", "احد", "احدى")


def _words_as_digits(t):
    def one(digit):
        def rewrite(m):
            before = t_now[:m.start()].split()
            if before and (before[-1] in _COMPOUND_HEADS or any(before[-1] == w for w, _ in _NUMBER_WORDS)):
                return m.group(0)
            # "عشرة" after a unit word ("ثلاثة عشرة") or a unit before "عشر" is a compound: left as written.
            return m.group(1) + digit
        return rewrite

    for word, digit in _NUMBER_WORDS:
        # Only a number word before a noun (a following Arabic word), not "الخمس" as a fifth, not "ثلاثة عشر".
        t_now = t
        t = re.sub(r"(?<![\u0621-\u064A])(و?)" + word + r"(?= " + LETTER + ")(?! عشر)", one(digit), t)
    return t


def _first_line_is_headline(lines):
    """The first non-empty line reads as a headline: no full stop at its end and at most 25 words."""
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    if first is None or first + 1 >= len(lines):
        return None
    line = lines[first].strip()
    return first if not line.endswith((".", "!", "؟", ":")) and len(line.split()) <= 25 else None


def _no_headline(t):
    lines = t.split("\n")
    first = _first_line_is_headline(lines)
    return t if first is None else "\n".join(lines[first + 1:]).lstrip("\n")


def _headline_into_lead(t):
    lines = t.split("\n")
    first = _first_line_is_headline(lines)
    if first is None:
        return t
    rest = "\n".join(lines[first + 1:]).lstrip("\n")
    return lines[first].strip() + " - " + rest


REWRITES = {
    # Typography: the same words in another hand.
    "arabic-indic-digits": lambda t: t.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    "persian-digits": lambda t: t.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    "tatweel": _tatweel,
    "short-vowels": _short_vowels,
    "guillemets": lambda t: t.replace('"', "«").replace("“", "«").replace("”", "»"),
    "latin-comma": lambda t: t.replace("،", ","),
    "alef-without-hamza": lambda t: re.sub("[أإآ]", "ا", t),
    "final-alef-maqsura": lambda t: re.sub("ي" + END, "ى", t),
    "final-ha": lambda t: re.sub("ة" + END, "ه", t),
    "lam-alef-ligature": lambda t: t.replace("لا", "ﻻ"),
    "bidi-marks": _sampled_spaces(3, 0.1, " \u200f"),
    "no-break-spaces": _sampled_spaces(4, 0.2, "\u00a0"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "one-line-between-paragraphs": lambda t: re.sub(r"\n\s*\n", "\n", t),
    # Words: the same facts in other words.
    "isis-as-the-islamic-state": lambda t: re.sub(r'تنظيم\s+["“]?داعش["”]?', "تنظيم الدولة الإسلامية", t),
    "killing-as-masra": _words(("مقتل", "مصرع")),
    "arrest-as-tawqif": _words(("اعتقال", "توقيف")),
    "dens-as-guest-houses": _words(("أوكار", "مضافات"), ("أوكارا", "مضافات")),
    "terrorists-as-gunmen": _words(("إرهابيين", "مسلحين"), ("إرهابيا", "مسلحا"), ("إرهابياً", "مسلحاً")),
    "members-as-afrad": _words(("عناصر", "أفراد")),
    "martyrdom-as-killing": _words(("استشهاد", "مقتل")),
    "words-as-digits": _words_as_digits,
    # Sentences: the same statements cut at other places.
    "run-on": lambda t: re.sub(r"\.\s+و(?=" + LETTER + ")", "، و", t),
    "cut-at-every-and": lambda t: re.sub(r"،\s+و", ". و", t),
    # Document structure: the same report as another page lays it out.
    "no-headline": _no_headline,
    "headline-into-lead": _headline_into_lead,
    "one-paragraph": lambda t: re.sub(r"\s*\n\s*", " ", t).strip() + "\n",
    "dateline-prefix": lambda t: "بغداد (واع) - " + t.lstrip(),
}


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    source, out = argv[1], argv[2]
    names = argv[3:] or list(REWRITES)
    for name in names:
        rewrite = REWRITES[name]
        target = os.path.join(out, name)
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        changed = 0
        for f in sorted(os.listdir(source)):
            path = os.path.join(source, f)
            if f.endswith(".json"):
                shutil.copy(path, target)
            elif f.endswith(".txt"):
                text = open(path, encoding="utf-8").read()
                new = rewrite(text)
                changed += new != text
                with open(os.path.join(target, f), "w", encoding="utf-8") as w:
                    w.write(new)
        print(f"{name}: {changed} reports rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
