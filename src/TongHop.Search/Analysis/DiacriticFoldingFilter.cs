using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TongHop.Text.Normalization;

namespace TongHop.Search.Analysis;

/// <summary>Removes Vietnamese diacritics from each token and maps đ to d ("đảng" → "dang"), in place: lengths do not change.</summary>
internal sealed class DiacriticFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DiacriticFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = VietnameseText.FoldChar(buffer[i]);
        }

        return true;
    }
}
