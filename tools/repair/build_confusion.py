#!/usr/bin/env python3
"""Learn the English-OCR confusion model from aligned ocrsim pairs.

Usage: build_confusion.py [--ocr ocr.vie.txt] OUT.tsv DIR [DIR...]
Each DIR is an ocrsim output folder (reference.txt = clean text, ocr.eng.txt = OCR text, or the file --ocr names).
Tokens are aligned on accent-folded forms (difflib, then a small DP inside replaced blocks); each
aligned (clean syllable, OCR token) pair is then aligned character by character with Viterbi EM
over the operations 1->0, 0->1, 1->1, 1->2 (ủ -> "ti", ứ -> "ir"). The output lists, for every
clean character, the probability of each OCR rendering as a cost in nats, plus the token pairs
seen often enough to keep whole ("s6" -> "số").
"""
import difflib, math, sys, unicodedata
from collections import Counter, defaultdict

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))

LETTER_SYMBOLS = set('&€¢@$¥§')  # stand for letters in English OCR (S& = Sở): part of a token's core, as in LineTokenizer

def core(tok):
    a, b = 0, len(tok)
    while a < b and not (tok[a].isalnum() or tok[a] in LETTER_SYMBOLS): a += 1
    while b > a and not (tok[b-1].isalnum() or tok[b-1] in LETTER_SYMBOLS): b -= 1
    return tok[a:b]

OCRFOLD = str.maketrans({'6': 'o', '1': 'l', '3': 'a', '4': 'a', '0': 'o', '&': 'o', '€': 'e', '¢': 'e', '@': 'o'})

def ofold(s):
    return fold(s.lower()).translate(OCRFOLD)

def tokens(path):
    out = []
    for line in open(path, encoding='utf-8'):
        for t in line.split():
            c = core(t)
            if c: out.append(c)
    return out

def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (ca != cb)))
        prev = cur
    return prev[-1]

def align_block(cs, ns):
    """Token DP inside a replaced block: substitution cost = normalised char distance of folded forms."""
    n, m = len(cs), len(ns)
    INF = 1e9
    d = [[INF] * (m + 1) for _ in range(n + 1)]
    bp = [[None] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if i < n and d[i][j] + 1 < d[i+1][j]: d[i+1][j] = d[i][j] + 1; bp[i+1][j] = (i, j)
            if j < m and d[i][j] + 1 < d[i][j+1]: d[i][j+1] = d[i][j] + 1; bp[i][j+1] = (i, j)
            if i < n and j < m:
                a, b = ofold(cs[i]), ofold(ns[j])
                c = lev(a, b) / max(len(a), len(b), 1) * 2
                if d[i][j] + c < d[i+1][j+1]: d[i+1][j+1] = d[i][j] + c; bp[i+1][j+1] = (i, j)
    pairs = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = bp[i][j]
        if pi == i - 1 and pj == j - 1:
            a, b = ofold(cs[pi]), ofold(ns[pj])
            if lev(a, b) <= max(1, len(a) // 2): pairs.append((cs[pi], ns[pj]))
        i, j = pi, pj
    return pairs[::-1]

def token_pairs(ref, ocr):
    cs, ns = tokens(ref), tokens(ocr)
    sm = difflib.SequenceMatcher(None, [ofold(t) for t in cs], [ofold(t) for t in ns], autojunk=False)
    pairs = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == 'equal':
            pairs += list(zip(cs[i1:i2], ns[j1:j2]))
        elif op == 'replace' and (i2 - i1) * (j2 - j1) <= 400:
            pairs += align_block(cs[i1:i2], ns[j1:j2])
    return pairs

def char_align(c, n, cost):
    """Viterbi alignment of clean chars c with noisy chars n; returns list of (clean_seg, noisy_seg)."""
    L, M = len(c), len(n)
    INF = 1e18
    d = [[INF] * (M + 1) for _ in range(L + 1)]
    bp = [[None] * (M + 1) for _ in range(L + 1)]
    d[0][0] = 0
    for i in range(L + 1):
        for j in range(M + 1):
            base = d[i][j]
            if base >= INF: continue
            opts = []
            if i < L: opts.append((i+1, j, c[i], ''))
            if j < M: opts.append((i, j+1, '', n[j]))
            if i < L and j < M: opts.append((i+1, j+1, c[i], n[j]))
            if i < L and j + 1 < M: opts.append((i+1, j+2, c[i], n[j:j+2]))
            for ni, nj, a, b in opts:
                v = base + cost(a, b)
                if v < d[ni][nj]: d[ni][nj] = v; bp[ni][nj] = (i, j, a, b)
    ops = []
    i, j = L, M
    while (i, j) != (0, 0):
        pi, pj, a, b = bp[i][j]
        ops.append((a, b)); i, j = pi, pj
    return ops[::-1]

def initial_cost(a, b):
    if a == '' or b == '': return 4.0
    if len(b) == 2: return 5.0 if fold(a) in ofold(b) else 7.0
    if a == b: return 0.0
    if fold(a) == ofold(b): return 1.0
    return 4.0

def main():
    args = sys.argv[1:]
    ocr_name = 'ocr.eng.txt'
    unseen = []  # --unseen KIND=COST: the price of operations never seen (written as U rows)
    noisy = []   # --noisy KIND=COST: the same for text that reads badly, a photocopy (N rows; ConfusionModel.Noisy)
    while args[0].startswith('--'):
        if args[0] == '--ocr': ocr_name = args[1]
        elif args[0] == '--unseen': unseen.append(args[1].split('='))
        elif args[0] == '--noisy': noisy.append(args[1].split('='))
        args = args[2:]
    out, dirs = args[0], args[1:]
    pairs = []
    for d in dirs:
        pairs += token_pairs(d + '/reference.txt', d + '/' + ocr_name)
    pairs = [(c.lower(), n.lower()) for c, n in pairs if c.isalpha() and len(c) <= 8 and len(n) <= 10]
    print(f'{len(pairs)} token pairs', file=sys.stderr)
    cost = initial_cost
    for it in range(4):
        counts = defaultdict(Counter)
        for c, n in pairs:
            for a, b in char_align(c, n, cost):
                counts[a][b] += 1
        table = {}
        all_ops = sum(sum(c.values()) for c in counts.values())
        for a, ctr in counts.items():
            # An insertion competes with every character of the text, not just with other insertions.
            total = all_ops if a == '' else sum(ctr.values())
            for b, k in ctr.items():
                table[(a, b)] = -math.log((k + 0.1) / (total + 1.0))
        def cost(a, b, table=table, counts=counts):
            if (a, b) in table: return table[(a, b)]
            return initial_cost(a, b) + 6.0
    tok = Counter(pairs)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# OCR confusion model (build_confusion.py): clean\tocr\tcost in nats; "" = nothing\n')
        for kind, v in unseen:
            f.write(f'U\t{kind}\t{float(v):.3f}\n')
        for kind, v in noisy:
            f.write(f'N\t{kind}\t{float(v):.3f}\n')
        for (a, b), v in sorted(table.items(), key=lambda x: (x[0][0], x[1])):
            if counts[a][b] >= 2 or a == b:
                f.write(f'C\t{a}\t{b}\t{v:.3f}\t{counts[a][b]}\n')
        for (c, n), k in tok.most_common():
            if k >= 2 and c != n:
                f.write(f'T\t{c}\t{n}\t{k}\n')
    print(f'{len(table)} char ops, {sum(1 for v in tok.values() if v >= 2)} token pairs kept', file=sys.stderr)

if __name__ == '__main__':
    main()
