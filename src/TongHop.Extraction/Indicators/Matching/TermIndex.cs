namespace TongHop.Extraction.Indicators.Matching;

/// <summary>
/// Every folded term of a catalog (phrasing terms, unit words, exclusions, cues) in a word trie, built
/// once. <see cref="FindAll"/> walks a folded text word by word and reports every term occurrence, in
/// time linear in the text times the longest term (a few words). Words are compared after
/// <see cref="OcrFold"/>, so raw OCR text ("Binh dan hoc vu s6") matches too. Immutable after construction.
/// </summary>
internal sealed class TermIndex
{
    private readonly Node _root = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    // Every distinct word of every term (after OcrFold), numbered: a document word is looked up once, and the
    // trie is walked by number, not by hashing the same word again at every term start that reaches it.
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    /// <summary>The id of a folded term, adding it if new ("khong dung tien mat").</summary>
    public int Add(string folded)
    {
        if (_ids.TryGetValue(folded, out var id))
        {
            return id;
        }

        id = _ids.Count;
        _ids[folded] = id;
        var node = _root;
        foreach (var word in folded.Split(' '))
        {
            node = node.Child(WordId(OcrFold.Word(word, word)));
        }

        node.TermId = id;
        return id;
    }

    /// <summary>All term occurrences in <paramref name="folded"/> (folded, lower-cased text), by start.</summary>
    public List<TermHit> FindAll(string folded)
    {
        var words = WordSpans(folded);
        var ids = WordIds(folded, words);
        var hits = new List<TermHit>();
        for (var i = 0; i < words.Count; i++)
        {
            if (ids[i] >= 0)
            {
                Walk(words, ids, i, hits);
            }
        }

        return hits;
    }

    private int WordId(string word)
    {
        if (!_wordIds.TryGetValue(word, out var id))
        {
            id = _wordIds.Count;
            _wordIds[word] = id;
        }

        return id;
    }

    // The number of each document word, -1 for a word that no term uses.
    private int[] WordIds(string folded, List<(int Start, int End)> words)
    {
        var lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = folded.AsSpan(words[i].Start, words[i].End - words[i].Start);
            var found = OcrFold.NeedsMapping(word) ? lookup.TryGetValue(OcrFold.Word(word), out var id) : lookup.TryGetValue(word, out id);
            ids[i] = found ? id : -1;
        }

        return ids;
    }

    private void Walk(List<(int Start, int End)> words, int[] ids, int first, List<TermHit> hits)
    {
        var node = _root;
        for (var i = first; i < words.Count && node is not null; i++)
        {
            node = node.Find(ids[i]);
            if (node?.TermId >= 0)
            {
                hits.Add(new TermHit(node.TermId, words[first].Start, words[i].End));
            }
        }
    }

    private static List<(int Start, int End)> WordSpans(string folded)
    {
        var spans = new List<(int, int)>(folded.Length / 4);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                spans.Add((start, i));
                start = -1;
            }
        }

        return spans;
    }

    private sealed class Node
    {
        private Dictionary<int, Node>? _children;

        public int TermId { get; set; } = -1;

        public Node Child(int word)
        {
            _children ??= [];
            if (!_children.TryGetValue(word, out var child))
            {
                child = new Node();
                _children[word] = child;
            }

            return child;
        }

        // -1 (a word no term uses) is never a key.
        public Node? Find(int word) => _children is not null && _children.TryGetValue(word, out var child) ? child : null;
    }
}
