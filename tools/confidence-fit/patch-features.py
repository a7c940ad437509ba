#!/usr/bin/env python3
"""patch-features.py OLD_IndicatorExtractor.cs THIS_TREE_IndicatorExtractor.cs: puts this tree's confidence features
(IndicatorExtractor.Features and the helpers after it, to the end of the class) into an older IndicatorExtractor.cs, and
passes them what they need (the chosen values and the claimed measurements). Fails loudly where the old file differs."""
import sys
p=sys.argv[1]; mine=open(sys.argv[2]).read()
s=open(p).read()
a="                var features = Features(view, c.Candidate, c.Why, value, candidates);"
assert a in s; s=s.replace(a, a.replace("candidates);","candidates, chosen, used);"))
a="""    private static ConfidenceFeatures Features(DocumentView view, Candidate c, string why, IndicatorValue value, List<Candidate> all)
    {"""
assert a in s
i=mine.index("    private static ConfidenceFeatures Features(")
j=mine.index("            c.Table is null ? 0 : 1,", i)
k=s.index(a); k2=s.index("            c.Table is null ? 0 : 1,", k)
# take my whole Features function and helpers from the signature to the end of the class
end_mine=mine.rindex("}")  # namespace-less file: class closes at last brace
s_end=s.rindex("}")
s=s[:k]+mine[i:end_mine]+s[s_end:]
open(p,'w').write(s)
