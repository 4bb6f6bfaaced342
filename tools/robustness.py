#!/usr/bin/env python3
"""How the extractor reads the same real reports written in other hands (the page's layout and typing, not its Arabic).

Usage, from the repository root, with the development set beside the checkout:
    python3 tools/robustness.py [DEVSET_DIR] [--parts dab]

Builds the CLI once (Release), writes each report of the tuned parts (d, a and b by default; never c, the held-back
part) once per hand below into a temporary folder with its gold publication date as a sidecar, and prints one line per
hand with `rules ... --summary`'s totals (operation figures F1, tally figures F1, dates, provinces). A hand whose line
falls below "as written" is a way real pages are typed that the extractor does not yet read; the golden cases'
typographic hands are held to exact invariance by ExtractorInvarianceTests. Each hand is a pure function of the text
(seeded where it samples), so the table can be repeated.
"""
import json, os, random, re, shutil, subprocess, sys, tempfile

def hard_wrapped(width):
    def wrap(text, _):
        out = []
        for line in text.split("\n"):
            built, length = "", 0
            for word in line.split(" "):
                if length > 0 and length + 1 + len(word) > width:
                    built, length = built + "\n", 0
                elif length > 0:
                    built, length = built + " ", length + 1
                built, length = built + word, length + len(word)
            out.append(built)
        return "\n".join(out)
    return wrap

def first_sentence(text):
    first = next((l.strip() for l in text.split("\n") if l.strip()), "")
    return re.split(r"(?<=[.!؟])\s", first)[0][:140]

def related_news(headlines):
    def add(text, name):
        other = random.Random(name).choice([n for n in headlines if n != name])
        return text.rstrip("\n") + "\n\nاقرأ أيضاً:\n" + headlines[other] + "\n"
    return add

def page_chrome(text, name):
    r = random.Random(name)
    head = f"الرئيسية » أخبار العراق » أمن\n{r.randint(1, 28)}/{r.randint(1, 12)}/2024 - {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
    return head + text.rstrip("\n") + f"\n\nشارك هذا الخبر\nمشاهدات {r.randint(100, 9999)}\nتعليقات {r.randint(0, 40)}\n"

def headline_twice(text, _):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            if len(line) < 200:
                lines.insert(i + 1, line)
            break
    return "\n".join(lines)

def wa_apart(text, name):
    r = random.Random(name)
    return re.sub(r"(?<![\u0621-\u064A])و(?=ال[\u0621-\u064A]{2,})", lambda m: "و " if r.random() < 0.5 else "و", text)

def thousands(sep):
    return lambda text, _: re.sub(r"(?<![\d.,/])(\d{1,3})(\d{3})(?![\d/])",
                                  lambda m: m.group(0) if 1900 <= int(m.group(0)) <= 2030 else m.group(1) + sep + m.group(2), text)

def word_swap(pairs):
    """Each word of `pairs` (with the proclitics و ف ب ل before it) written as its synonym: the same report in another
    outlet's words, to see whether a reading hangs on one word of the lexicon rather than on what the word means."""
    def swap(text, _):
        for word, other in pairs:
            text = re.sub(r"(?<![\u0621-\u064A])([وفبل]{0,2})" + word + r"(?![\u0621-\u064A])", lambda m: m.group(1) + other, text)
        return text
    return swap

UNITS = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
TEENS = {11: "أحد عشر", 12: "اثني عشر"}

def in_words(n):
    """11-99 as a news report writes a count of men in words (the oblique case, a masculine noun counted)."""
    if n in TEENS:
        return TEENS[n]
    if n < 20:
        return UNITS[n - 10] + " عشر"
    return TENS[n // 10] if n % 10 == 0 else UNITS[n % 10] + " و" + TENS[n // 10]

def tens_in_words(text, _):
    return re.sub(r"(?<![\d/.,])(\d\d)(?![\d/.,]) (?=[وال]{0,3}(إرهابي|ارهابي|عنصر|مسلح|داعشي|شخص|مدني|جندي|مقاتل|مطلوب|متهم|قيادي|انتحاري|منتسب)[اً]*(?![\u0621-\u064A]))",
                  lambda m: (in_words(int(m.group(1))) if 11 <= int(m.group(1)) <= 99 else m.group(1)) + " ", text)

def hands(headlines):
    return {
        "as written": lambda t, n: t,
        "hard-wrapped at 70 columns": hard_wrapped(70),
        "hard-wrapped at 40 columns": hard_wrapped(40),
        "one paragraph (every line break a space)": lambda t, n: re.sub(r"\s*\n\s*", " ", t).strip(),
        "a blank line after every line": lambda t, n: t.replace("\n", "\n\n"),
        "a related headline after 'اقرأ أيضاً'": related_news(headlines),
        "page chrome (breadcrumb, time, counters)": page_chrome,
        "the headline twice": headline_twice,
        "no space after a comma": lambda t, n: re.sub(r"([،,])\s+", r"\1", t),
        "no space after a full stop": lambda t, n: re.sub(r"\.\s+(?=[\u0621-\u064A])", ".", t),
        "'و' apart from a definite word": wa_apart,
        "digits joined to the next word": lambda t, n: re.sub(r"(\d+)\s+(?=[\u0621-\u064A])", r"\1", t),
        "thousands with a comma": thousands(","),
        "thousands with the Arabic separator": thousands("٬"),
        "counts of 11 to 99 men in words": tens_in_words,
        "'مصرع' for 'مقتل'": word_swap([("مقتل", "مصرع")]),
        "'هلاك' for 'مقتل'": word_swap([("مقتل", "هلاك")]),
        "'توقيف' for 'اعتقال'": word_swap([("اعتقال", "توقيف"), ("الاعتقال", "التوقيف")]),
        "'نسف' for 'تدمير'": word_swap([("تدمير", "نسف"), ("التدمير", "النسف")]),
        "'مضافة' for 'وكر'": word_swap([("وكر", "مضافة"), ("وكرا", "مضافة"), ("وكراً", "مضافة"), ("وكرين", "مضافتين"),
                                        ("وكران", "مضافتان"), ("أوكار", "مضافات"), ("الوكر", "المضافة"), ("الأوكار", "المضافات")]),
        "'دواعش' for 'إرهابيين'": word_swap([("إرهابيين", "دواعش"), ("ارهابيين", "دواعش"), ("الإرهابيين", "الدواعش"),
                                           ("إرهابيا", "داعشيا"), ("إرهابياً", "داعشياً")]),
        "'تنظيم الدولة' for 'داعش'": word_swap([("داعش", "تنظيم الدولة")]),
    }

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    parts = sys.argv[sys.argv.index("--parts") + 1] if "--parts" in sys.argv else "dab"
    if "c" in parts:
        sys.exit("part c is the held-back part: it is scored only by tools/score-split.sh's summary line")
    devset = args[0] if args else "../shared/devset"
    work = tempfile.mkdtemp(prefix="opstracker-robustness-")
    cli = os.path.join(work, "cli")
    lock = ["flock", "/tmp/opstracker-build.lock"] if shutil.which("flock") else []
    build = subprocess.run(lock + ["dotnet", "build", "src/OpsTracker.Cli", "-c", "Release", "-o", cli, "-v", "q", "-nologo"],
                           capture_output=True, text=True)
    if build.returncode != 0:
        sys.exit(build.stdout[-3000:])
    gold = json.load(open(os.path.join(devset, "gold.json"), encoding="utf-8"))
    reports = [r for r in gold["reports"] if r["file"][0] in parts]
    gold_path = os.path.join(work, "gold.json")
    json.dump({"reports": reports}, open(gold_path, "w", encoding="utf-8"), ensure_ascii=False)
    texts = {r["file"]: open(os.path.join(devset, "texts", r["file"]), encoding="utf-8").read() for r in reports}
    headlines = {name: first_sentence(text) for name, text in texts.items()}
    for hand, rewrite in hands(headlines).items():
        folder = os.path.join(work, re.sub(r"\W+", "-", hand).strip("-"))
        os.makedirs(folder)
        for r in reports:
            open(os.path.join(folder, r["file"]), "w", encoding="utf-8").write(rewrite(texts[r["file"]], r["file"]))
            if r.get("published"):
                json.dump({"published": r["published"]}, open(os.path.join(folder, r["file"][:-4] + ".json"), "w"))
        run = subprocess.run(["dotnet", os.path.join(cli, "OpsTracker.Cli.dll"), "rules", folder, gold_path, "--summary"],
                             capture_output=True, text=True)
        print(f"{hand:45} {run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[:200]}")
    shutil.rmtree(work)

if __name__ == "__main__":
    main()
