using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace TongHop.Search.Analysis;

/// <summary>
/// The one analyzer of the index, for both databases. Input is NFC text (every stage works on NFC). Words are
/// lower-cased; the <see cref="SearchFields.Exact"/> field keeps diacritics ("đảng ủy"), every other field folds
/// them ("dang uy"), so a query without diacritics matches both spellings and one with diacritics can prefer
/// the exact one. Thread-safe (Lucene reuses token streams per thread).
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Components differ by field, so they are cached per field (the default shares one set for all fields).
    public VietnameseAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (fieldName != SearchFields.Exact)
        {
            stream = new DiacriticFoldingFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms <paramref name="text"/> gives in <paramref name="field"/>, in order.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, TongHop.Text.Normalization.VietnameseText.Nfc(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
