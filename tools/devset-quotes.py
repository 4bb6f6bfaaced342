#!/usr/bin/env python3
"""Find dev-set sentences quoted in the repository.

Usage: tools/devset-quotes.py TEXTS_DIR [REPO_DIR]

TEXTS_DIR is the folder of dev-set reports (*.txt). It is an argument on purpose: the dev set is not shipped
with the repository and nothing in the build or the tests may read it. REPO_DIR defaults to the folder above
this script.

Both sides are normalised as the extractor's ArabicNormalizer does (NFKC, no diacritics or tatweel, one alef,
ya for alef maqsura and the hamza seat on ya, ha for ta marbuta, waw for the hamza seat on waw). A text is then
read as a stream of Arabic words: digits and punctuation are skipped (a quote with its numbers changed is still
a quote), a Latin word (code, an identifier) ends a run. Every run of MIN_WORDS or more consecutive words in the
repository's text files that also occurs in a dev-set report is printed with its file, line, words and the
reports it comes from.

Overlaps with seeds/ (our own shipped reports, which may be quoted) are listed afterwards as information only, and so
are overlaps found in the sets written apart from the dev set (WRITTEN_APART: invented reports by writers who never
read it; their READMEs say how they were written): a run they share with it is a formula of news Arabic ("the source,
who asked not to be named, said"), an official's name or a title, not a quote. Read that list all the same.

Exit code: 0 when no dev-set quote is found, 1 when any is, 2 on bad arguments.
This is a maintainer's tool: the build and the tests do not run it.
"""

import os
import sys
import unicodedata

# Six words: long enough that shared formulae of news Arabic ("in a statement received by ...") do not fire
# alone, short enough to catch a quoted clause.
MIN_WORDS = 6

# Where the repository keeps text a person wrote; seeds/ is left out of the check (our own reports) and read
# as the second corpus instead.
SCANNED_ROOTS = ("src", "tests", "docs", "tools", "benchmarks")
SCANNED_FILES = ("README.md",)
SCANNED_EXTENSIONS = (".cs", ".razor", ".json", ".md", ".resx", ".txt", ".py", ".sh", ".js", ".ts", ".cshtml", ".html", ".csv", ".tsv", ".xml", ".yml", ".yaml", ".sql")
SKIPPED_DIRS = {"bin", "obj", "node_modules", ".git", "seeds", "TestResults"}

# Folders of invented reports written by sessions that never read the dev set (listed as information, above).
WRITTEN_APART = (
    os.path.join("tests", "OpsTracker.Core.Tests", "CasesHeld"),
    os.path.join("tests", "OpsTracker.Core.Tests", "CasesPages"),
    os.path.join("tests", "OpsTracker.Core.Tests", "CasesPagesHeld"),
    os.path.join("tests", "OpsTracker.Core.Tests", "CasesPagesHeld2"),
)

# Official titles of six words or more: an authority's or an office's full name is written the same way by every
# outlet (and the lexicon lists some), so it is not a quote of any one report. Keep this short; a sentence, a
# formula of an outlet ("the source, who asked not to be named, said") or a person's name never belongs here.
ALLOWED_PHRASES = (
    "رئيس الوزراء القائد العام للقوات المسلحة",  # the prime minister's title (lexicon: reporters)
    "الناطق باسم القائد العام للقوات المسلحة",  # the commander-in-chief's spokesman (an office)
    "وكالة الاستخبارات والتحقيقات الاتحادية في وزارة الداخلية",  # the agency's full name
    "قوة المهام المشتركة عملية العزم الصلب",  # Combined Joint Task Force - Operation Inherent Resolve
)

_DROPPED = set(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C,
                                         0x2066, 0x2067, 0x2068, 0x2069, 0x202A, 0x202B, 0x202C, 0x202D,
                                         0x202E, 0xFEFF}
_FOLDED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ؤ": "و", "ک": "ك",
}


def fold_char(c):
    if ord(c) in _DROPPED:
        return ""
    return _FOLDED.get(c, c)


def normalize(text):
    """The extractor's folding of Arabic letters (ArabicNormalizer.FoldChar), character by character."""
    out = []
    for c in text:
        if c in _FOLDED or ord(c) in _DROPPED:
            out.append(fold_char(c))
            continue
        k = unicodedata.normalize("NFKC", c)
        out.append("".join(fold_char(x) for x in k) if k != c else c)
    return "".join(out)


def is_arabic_letter(c):
    o = ord(c)
    return (0x0621 <= o <= 0x064A) or (0x0600 <= o <= 0x06FF and unicodedata.category(c) == "Lo")


def words(text):
    """Yields (word, line, is_arabic) for the letter runs of a text; digits and marks are not words."""
    line = 1
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            continue
        if c.isalpha():
            start = i
            # Diacritics (combining marks) are inside a word, as in the extractor, which drops them before it splits.
            while i < n and (text[i].isalpha() or unicodedata.category(text[i]) == "Mn"):
                i += 1
            w = text[start:i]
            yield w, line, all(is_arabic_letter(x) for x in normalize(w))
            continue
        i += 1


def arabic_runs(text):
    """Lists of (normalised word, original word, line): Arabic words with no Latin word between them."""
    runs, run = [], []
    for w, line, arabic in words(text):
        if arabic:
            nw = normalize(w)
            run.append((nw, w, line))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def ngrams_of(corpus_dir):
    """Every MIN_WORDS-word sequence of every *.txt report in a folder, with the reports it occurs in."""
    grams = {}
    names = sorted(f for f in os.listdir(corpus_dir) if f.endswith(".txt"))
    for name in names:
        with open(os.path.join(corpus_dir, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        for run in arabic_runs(text):
            seq = [w for w, _, _ in run]
            for k in range(len(seq) - MIN_WORDS + 1):
                grams.setdefault(tuple(seq[k:k + MIN_WORDS]), set()).add(name)
    return grams, len(names)


def repository_files(repo):
    for name in SCANNED_FILES:
        path = os.path.join(repo, name)
        if os.path.isfile(path):
            yield path
    for root in SCANNED_ROOTS:
        top = os.path.join(repo, root)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            for name in sorted(filenames):
                if name.endswith(SCANNED_EXTENSIONS):
                    yield os.path.join(dirpath, name)


def allowed(gram):
    text = f" {' '.join(gram)} "
    return any(text in phrase for phrase in _ALLOWED_NORMALISED)


_ALLOWED_NORMALISED = tuple(f" {' '.join(normalize(p).split())} " for p in ALLOWED_PHRASES)


def find_overlaps(path, grams):
    """Maximal stretches of a file's Arabic word runs made of MIN_WORDS-grams found in the corpus."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    found = []
    for run in arabic_runs(text):
        seq = [w for w, _, _ in run]
        hit_at = []
        for k in range(len(seq) - MIN_WORDS + 1):
            gram = tuple(seq[k:k + MIN_WORDS])
            if gram in grams and not allowed(gram):
                hit_at.append(k)
        # Merge overlapping or touching windows into one stretch per quote.
        k = 0
        while k < len(hit_at):
            first = hit_at[k]
            last = first
            sources = set(grams[tuple(seq[first:first + MIN_WORDS])])
            while k + 1 < len(hit_at) and hit_at[k + 1] <= last + MIN_WORDS:
                k += 1
                last = hit_at[k]
                sources |= grams[tuple(seq[last:last + MIN_WORDS])]
            end = last + MIN_WORDS
            found.append((run[first][2], " ".join(w for _, w, _ in run[first:end]), end - first, sorted(sources)))
            k += 1
    return found


def written_apart(repo, path):
    rel = os.path.relpath(path, repo)
    return any(rel.startswith(folder + os.sep) for folder in WRITTEN_APART)


def report(repo, grams, label, select=lambda path: True):
    count = 0
    for path in repository_files(repo):
        if not select(path):
            continue
        for line, words_text, length, sources in find_overlaps(path, grams):
            count += 1
            rel = os.path.relpath(path, repo)
            shown = ", ".join(sources[:5]) + (f" (+{len(sources) - 5})" if len(sources) > 5 else "")
            print(f"{rel}:{line}: {length} words also in {label} {shown}")
            print(f"    {words_text}")
    return count


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    texts = argv[1]
    repo = argv[2] if len(argv) == 3 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if not os.path.isdir(texts):
        print(f"TEXTS_DIR is not a folder: {texts}", file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(repo, "src")):
        print(f"REPO_DIR has no src/ folder: {repo}", file=sys.stderr)
        return 2

    dev_grams, dev_count = ngrams_of(texts)
    print(f"# dev-set quotes ({MIN_WORDS}+ words) from {dev_count} reports in {texts}")
    quotes = report(repo, dev_grams, "dev-set", lambda path: not written_apart(repo, path))
    print(f"\n# information only: runs the sets written apart share with the dev set ({', '.join(WRITTEN_APART)})")
    shared = report(repo, dev_grams, "dev-set", lambda path: written_apart(repo, path))

    seeds_dir = os.path.join(repo, "seeds")
    seed_overlaps = 0
    if os.path.isdir(seeds_dir):
        seed_grams, seed_count = ngrams_of(seeds_dir)
        print(f"\n# information only: overlaps with our own seeds ({seed_count} reports in seeds/)")
        seed_overlaps = report(repo, seed_grams, "seed")

    print(f"\n{quotes} dev-set quote(s); {shared} run(s) shared by the sets written apart and {seed_overlaps} seed overlap(s) (information)")
    return 1 if quotes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
