namespace TongHop.Extraction.Indicators.Matching;

/// <summary>
/// Every folded term of a catalog (phrasing terms, unit words, exclusions, cues) in a word trie, built
/// once. <see cref="FindAll"/> walks a folded text word by word and reports every term occurrence, in
/// time linear in the text times the longest term (a few words). Immutable after construction.
/// </summary>
internal sealed class TermIndex
{
    private readonly Node _root = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

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
            node = node.Child(word);
        }

        node.TermId = id;
        return id;
    }

    /// <summary>All term occurrences in <paramref name="folded"/> (folded, lower-cased text), by start.</summary>
    public List<TermHit> FindAll(string folded)
    {
        var words = WordSpans(folded);
        var hits = new List<TermHit>();
        for (var i = 0; i < words.Count; i++)
        {
            Walk(folded, words, i, hits);
        }

        return hits;
    }

    private void Walk(string folded, List<(int Start, int End)> words, int first, List<TermHit> hits)
    {
        var node = _root;
        for (var i = first; i < words.Count && node is not null; i++)
        {
            node = node.Find(folded.AsSpan(words[i].Start, words[i].End - words[i].Start));
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
        private Dictionary<string, Node>? _children;

        public int TermId { get; set; } = -1;

        public Node Child(string word)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(word, out var child))
            {
                child = new Node();
                _children[word] = child;
            }

            return child;
        }

        public Node? Find(ReadOnlySpan<char> word) =>
            _children is not null && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var child) ? child : null;
    }
}
