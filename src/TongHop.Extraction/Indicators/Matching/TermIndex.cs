using System.Buffers;

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
        var words = ArrayPool<Word>.Shared.Rent((folded.Length / 2) + 1);
        try
        {
            var count = ReadWords(folded, words);
            var hits = new List<TermHit>();
            for (var i = 0; i < count; i++)
            {
                if (words[i].Id >= 0)
                {
                    Walk(words.AsSpan(0, count), i, hits);
                }
            }

            return hits;
        }
        finally
        {
            ArrayPool<Word>.Shared.Return(words);
        }
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

    // The words (letter-or-digit runs) of the text with their numbers, -1 for a word that no term uses. A text of n
    // chars has at most (n + 1) / 2 words.
    private int ReadWords(string folded, Word[] words)
    {
        var lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            var word = folded.AsSpan(start, i - start);
            var found = OcrFold.NeedsMapping(word) ? lookup.TryGetValue(OcrFold.Word(word), out var id) : lookup.TryGetValue(word, out id);
            words[count++] = new Word(start, i, found ? id : -1);
        }

        return count;
    }

    private void Walk(ReadOnlySpan<Word> words, int first, List<TermHit> hits)
    {
        var node = _root;
        for (var i = first; i < words.Length && node is not null; i++)
        {
            node = node.Find(words[i].Id);
            if (node?.TermId >= 0)
            {
                hits.Add(new TermHit(node.TermId, words[first].Start, words[i].End));
            }
        }
    }

    private readonly record struct Word(int Start, int End, int Id);

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
