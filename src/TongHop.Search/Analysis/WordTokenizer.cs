using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TongHop.Search.Analysis;

/// <summary>
/// Splits text into runs of letters and digits: "02-KH/BCĐTW" → 02, KH, BCĐTW; "65,5%" → 65, 5. The same rule as
/// <see cref="Results.SnippetBuilder"/> uses to find words, so what is indexed is what gets highlighted.
/// </summary>
internal sealed class WordTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    protected override bool IsTokenChar(int c) => IsWordChar(c);

    public static bool IsWordChar(int c) => c < char.MaxValue ? char.IsLetterOrDigit((char)c) : char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);
}
