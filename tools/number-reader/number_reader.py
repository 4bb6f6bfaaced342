#!/usr/bin/env python3
"""A learned number reader, measured against the rules (issue #8, "a learned layer where it wins"; session 31).

usage: python3 number_reader.py SCORER_DIR GOLD.json TEXTS_DIR PRED_DIR [HELD_GOLD HELD_TEXTS HELD_PRED]
  HELD_*      optional, a held set scored once: the model trained on all of GOLD, the thresholds chosen on GOLD
  SCORER_DIR  the folder of the development set's scorer (eval_extract.py), whose figure matching this reuses
  GOLD.json   gold in the development set's shape; TEXTS_DIR its texts; PRED_DIR the extractor's JSON per report
              (one FILE.json per FILE.txt, e.g. split from `extract FOLDER`)
Needs scikit-learn and numpy (Debian: apt-get install python3-sklearn). Not part of the build or the tests.

Unit: a (report, value) pair for every value a number in the text has (digits, Arabic-Indic digits, number words up
to a hundred; years left out). Features: the words (prefixes stripped) one to four before and after each of the
value's numbers, the words within twelve, headline or lead, the value's size, and which fields the rules read that
value as in that report. Label: the fields the gold gives that value in that report. One logistic regression a field.
Combined with the rules: a rule figure is dropped when its probability is under TD, a figure added when over TA; the
two thresholds are chosen on the other groups (a group = a part of the development set or a page set), so every
figure is judged by a model and thresholds that never saw its group. Scored at the level of (report, field, value),
as the scorer matches figures less the province.
"""
import json, os, re, sys
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, sys.argv[1])
import eval_extract as ev  # noqa: E402  (the scorer's own ops_of / figures_of)

DIAC = re.compile('[\u064B-\u0652\u0640\u0670]')
AI = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789')
def norm(s):
    s = DIAC.sub('', s).translate(AI)
    return s.replace('أ','ا').replace('إ','ا').replace('آ','ا').replace('ى','ي').replace('ة','ه')
WORDS = {}
def _w(v, *forms):
    for f in forms: WORDS[norm(f)] = v
_w(1,'واحد','واحدة'); _w(2,'اثنين','اثنان','اثنتين','اثنتان'); _w(3,'ثلاث','ثلاثة'); _w(4,'اربع','اربعة')
_w(5,'خمس','خمسة'); _w(6,'ست','ستة'); _w(7,'سبع','سبعة'); _w(8,'ثماني','ثمانية','ثمان'); _w(9,'تسع','تسعة')
_w(10,'عشر','عشرة'); _w(20,'عشرين','عشرون'); _w(30,'ثلاثين','ثلاثون'); _w(40,'اربعين','اربعون'); _w(50,'خمسين','خمسون')
_w(60,'ستين','ستون'); _w(70,'سبعين','سبعون'); _w(80,'ثمانين','ثمانون'); _w(90,'تسعين','تسعون'); _w(100,'مئة','مائة')
_w(11,'احد عشر'); _w(12,'اثني عشر')
TOK = re.compile(r'[0-9]+(?:[.,][0-9]+)?|[\u0621-\u064A]+|\n')
PREF = ('وال','بال','فال','لل','كال','ال','و','ف','ب','ل')
def stem(t):
    for p in PREF:
        if t.startswith(p) and len(t) - len(p) >= 3: return t[len(p):]
    return t

def mentions(text):
    t = norm(text)
    toks = [(m.group(0), m.start()) for m in TOK.finditer(t)]
    out = []
    line = 0
    for i, (w, s) in enumerate(toks):
        if w == '\n': line += 1; continue
        v = None
        if w[0].isdigit():
            if re.fullmatch(r'[0-9]+', w): v = int(w)
        else:
            sw = w[1:] if w.startswith('و') and w[1:] in WORDS else w
            v = WORDS.get(sw)
        if v is None or v > 100000: continue
        # skip years and obvious dates
        if 1900 <= v <= 2100: continue
        out.append((v, i, line))
    words = [w for w, _ in toks]
    return out, words

def feats(words, i, line):
    f = set()
    if line == 0: f.add('head')
    elif line <= 2: f.add('lead')
    for k in range(1, 5):
        j = i - k
        if j >= 0 and words[j] != '\n':
            f.add('L:' + stem(words[j]))
            if k == 1: f.add('L1:' + stem(words[j]))
        j = i + k
        if j < len(words) and words[j] != '\n':
            f.add('R:' + stem(words[j]))
            if k == 1: f.add('R1:' + stem(words[j]))
            if k == 2: f.add('R2:' + stem(words[j]))
    # wider: cue words in the sentence window +-12
    for j in range(max(0, i - 12), min(len(words), i + 13)):
        if words[j] != '\n': f.add('W:' + stem(words[j]))
    return f

FIELDS = ['killed', 'arrested', 'wounded', 'hideoutsDestroyed', 'victims.killed', 'victims.wounded', 'victims.kidnapped', 'victims.arrested']

def build(gold_path, texts, pred_dir):
    g = json.load(open(gold_path, encoding='utf-8')); g = g.get('reports', g) if isinstance(g, dict) else g
    rows = []
    for r in g:
        gid = r.get('id') or r['file'].rsplit('.', 1)[0]
        text = open(os.path.join(texts, r['file']), encoding='utf-8').read()
        try: p = json.load(open(os.path.join(pred_dir, gid + '.json'), encoding='utf-8'))
        except Exception: p = {}
        gold = set((f, v) for op in ev.ops_of(r) for (f, v) in ev.figures_of(op, True))
        rules = set((f, v) for op in ev.ops_of(p) for (f, v) in ev.figures_of(op, False))
        ms, words = mentions(text)
        byv = {}
        for v, i, line in ms:
            byv.setdefault(v, set()).update(feats(words, i, line))
            byv[v].add('n_mention')
        for v, fs in byv.items():
            fs = set(fs)
            if v == 1: fs.add('v1')
            elif v < 10: fs.add('v<10')
            elif v < 100: fs.add('v<100')
            else: fs.add('v>=100')
            for f in FIELDS:
                if (f, v) in rules: fs.add('rule:' + f); fs.add('rule:any')
            rows.append({'gid': gid, 'v': v, 'feats': fs, 'gold': {f for f in FIELDS if (f, v) in gold}, 'rules': {f for f in FIELDS if (f, v) in rules}})
    return rows
def group(gid):
    m = re.match(r'[a-z]+', gid); s = m.group(0)
    return s[:1] if s in ('d', 'a', 'b', 'c') else s[:2]

def allpairs(gold_path, pred_dir):
    g = json.load(open(gold_path, encoding='utf-8')); g = g.get('reports', g)
    G = set(); R = set()
    for r in g:
        gid = r.get('id') or r['file'].rsplit('.', 1)[0]
        try: p = json.load(open(os.path.join(pred_dir, gid + '.json'), encoding='utf-8'))
        except Exception: p = {}
        G |= {(gid, f, v) for op in ev.ops_of(r) for (f, v) in ev.figures_of(op, True)}
        R |= {(gid, f, v) for op in ev.ops_of(p) for (f, v) in ev.figures_of(op, False)}
    return G, R

def f1(pred, gold):
    tp = len(pred & gold); P = tp / len(pred) if pred else 0; Rr = tp / len(gold) if gold else 0
    return (2 * P * Rr / (P + Rr) if P + Rr else 0), P, Rr, tp, len(pred), len(gold)

# NO_RULE_FEATURES=1: the model alone, from the words (how much the words know without the rules' reading)
NORULE = os.environ.get('NO_RULE_FEATURES')
def fx(r):
    return {k: 1 for k in r['feats'] if not (NORULE and k.startswith('rule:'))}
def train(rows, C):
    dv = DictVectorizer()
    X = dv.fit_transform([fx(r) for r in rows])
    models = {}
    for f in FIELDS:
        y = np.array([f in r['gold'] for r in rows])
        if y.sum() < 5: continue
        m = LogisticRegression(C=C, max_iter=2000); m.fit(X, y); models[f] = m
    return dv, models

def probs(dv, models, rows):
    X = dv.transform([fx(r) for r in rows])
    P = {}
    for f, m in models.items():
        p = m.predict_proba(X)[:, 1]
        for r, pi in zip(rows, p): P[(r['gid'], f, r['v'])] = pi
    return P

def combine(R, P, tdrop, tadd):
    out = set()
    for k in R:
        if k in P and P[k] < tdrop: continue
        out.add(k)
    for k, p in P.items():
        if p > tadd: out.add(k)
    return out

def main():
    pool = build(sys.argv[2], sys.argv[3], sys.argv[4])
    G, R = allpairs(sys.argv[2], sys.argv[4])
    cand = {(r['gid'], f, r['v']) for r in pool for f in FIELDS}
    print('pool rows', len(pool), 'gold pairs', len(G), 'with a candidate', len(G & cand), 'rules F1 (set)', '%.3f P %.3f R %.3f %d/%d/%d' % f1(R, G))
    groups = sorted({group(r['gid']) for r in pool})
    grid = [(td, ta) for td in (0, .02, .05, .1, .2) for ta in (1.01, .95, .9, .8, .7, .6)]
    for C in (0.3, 1.0):
        # out-of-group probabilities
        OOG = {}
        for g in groups:
            tr = [r for r in pool if group(r['gid']) != g]; te = [r for r in pool if group(r['gid']) == g]
            dv, ms = train(tr, C); OOG.update(probs(dv, ms, te))
        print('  model alone:', ['%.2f:%.3f' % (t, f1({k for k,p in OOG.items() if p>t}, G)[0]) for t in (.3,.4,.5,.6)], 'on candidate pairs only: rules %.3f' % f1(R & cand, G & cand)[0], 'model %.3f' % max(f1({k for k,p in OOG.items() if p>t}, G & cand)[0] for t in (.3,.4,.5,.6)))
        res = sorted(((f1(combine(R, OOG, td, ta), G)[0], td, ta) for td, ta in grid), reverse=True)
        print('C', C, 'best out-of-group (set F1, tdrop, tadd):', ['%.3f %.2f %.2f' % x for x in res[:5]], 'rules', '%.3f' % f1(R, G)[0])
        # per group with the grid point best over the others (nested-ish: choose on all other groups' OOG)
        tot = set()
        for g in groups:
            other = {k: v for k, v in OOG.items() if group(k[0]) != g}
            Gother = {k for k in G if group(k[0]) != g}; Rother = {k for k in R if group(k[0]) != g}
            _, td, ta = max((f1(combine(Rother, other, td, ta), Gother)[0], td, ta) for td, ta in grid)
            mine = {k: v for k, v in OOG.items() if group(k[0]) == g}
            tot |= combine({k for k in R if group(k[0]) == g}, mine, td, ta)
        print('  nested choice, pooled set F1 %.3f P %.3f R %.3f %d/%d/%d' % f1(tot, G))
        if len(sys.argv) > 7:
            held = build(sys.argv[5], sys.argv[6], sys.argv[7]); HG, HR = allpairs(sys.argv[5], sys.argv[7])
            hcand = {(r['gid'], f, r['v']) for r in held for f in FIELDS}
            dv, ms = train(pool, C); HP = probs(dv, ms, held)
            _, td, ta = res[0]
            print('  HELD: rules %.3f P %.3f R %.3f %d/%d/%d' % f1(HR, HG), '| combined (%.2f, %.2f) %.3f P %.3f R %.3f %d/%d/%d' % ((td, ta) + f1(combine(HR, HP, td, ta), HG)))
            print('  HELD, candidate pairs only: rules %.3f' % f1(HR & hcand, HG & hcand)[0], 'model alone', ['%.2f:%.3f' % (t, f1({k for k, p in HP.items() if p > t}, HG & hcand)[0]) for t in (.3, .4, .5)])
main()
