using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Indicators.Confidence;

/// <summary>
/// Whether a sentence speaks of a body other than the issuer: a body named by its kind and a name written with a capital
/// ("Trung tâm Giáo dục môi trường", "Văn phòng Chi cục", "UBND xã Pa Ủ", "Trạm 2") that the document's header does not
/// name (the issuer and its parent are written there), or bodies in the plural ("các xã", "các phòng", "toàn ngành").
/// A figure in such a sentence may be that body's, or one part of the issuer's: the confidence feature
/// <c>other_body</c> (see <see cref="ConfidenceFeatures"/>). The kind alone ("Sở", "của Trung tâm") is the issuer
/// speaking of itself and names no other body.
/// </summary>
internal static class OtherBodies
{
    // Kinds of a body (BodyKinds), each word matched as written or with no marks at all ("Sở" but not "Số"); they must be
    // written with a capital ("Phòng Hành chính", "Sở Tài chính").
    private static readonly Kind[] Kinds = [.. BodyKinds.All.Select(k => Kind.Of(k.Words))];

    // Levels of a place, written in small letters before the place's name ("xã Pa Ủ", "huyện Mường Tè").
    private static readonly Kind[] Places = [.. new[] { "xã", "phường", "thị trấn", "huyện", "tỉnh", "thành phố", "quận" }.Select(Kind.Of)];

    // Bodies in the plural: "các" or "những" before a kind or a place level ("các xã vùng đệm", "các phòng chuyên môn"),
    // and "toàn ngành".
    private static readonly Kind[] Plural = [.. new[] { "các", "những" }.Select(Kind.Of)];

    private static readonly Kind[] PluralKinds =
        [.. new[] { "xã", "phường", "huyện", "thôn", "ban", "phòng", "trạm", "hạt", "đội", "chi nhánh", "trường", "đồn" }.Select(Kind.Of)];

    private static readonly Kind WholeSector = Kind.Of("toàn ngành");

    private sealed record Kind(string[] Marked, string[] Bare)
    {
        public int Length => Marked.Length;

        public static Kind Of(string words) => new(words.Split(' '), VietnameseText.FoldLower(words).Split(' '));

        public bool At(string text, List<(int Start, int Length)> words, int at)
        {
            if (at + Marked.Length > words.Count)
            {
                return false;
            }

            for (var j = 0; j < Marked.Length; j++)
            {
                var written = text.AsSpan(words[at + j].Start, words[at + j].Length);
                if (!written.Equals(Marked[j], StringComparison.OrdinalIgnoreCase) && !written.Equals(Bare[j], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // The header: the lines before the body (the issuer's block, the motto, the number, the title).
    private const int HeaderLines = 10;

    /// <summary>Whether the sentence names a body other than the issuer (see the class) before <paramref name="before"/>
    /// (the value's number): the figure is stated of that body ("Trung tâm … có 15 viên chức"); a body named after it is
    /// where the figure went or whom it was shared with ("họp trực tuyến giữa Ban với Hạt Kiểm lâm", "3 tài khoản của các
    /// phòng").</summary>
    public static bool Named(DocumentView view, int sentence, int before)
    {
        var span = view.Sentences[sentence];
        var words = Words(view.Text, span.Start, Math.Min(before, span.Start + span.Length));
        if (words.Count == 0)
        {
            return false;
        }

        var folded = words.Select(w => view.Folded.Substring(w.Start, w.Length)).ToArray();
        var text = view.Text;
        string? header = null;
        for (var i = 0; i < words.Count; i++)
        {
            if ((Plural.Any(p => p.At(text, words, i)) && PluralKinds.Any(k => k.At(text, words, i + 1))) || WholeSector.At(text, words, i))
            {
                return true;
            }

            var kind = Kinds.Where(k => k.At(text, words, i) && char.IsUpper(text[words[i].Start])).MaxBy(k => k.Length)
                       ?? Places.Where(k => k.At(text, words, i)).MaxBy(k => k.Length);
            if (kind is null)
            {
                continue;
            }

            // The name: the words after the kind written with a capital or a number ("Giáo dục", "Pa Ủ", "2").
            var end = i + kind.Length;
            while (end < words.Count && end < i + kind.Length + 5 && (char.IsUpper(view.Text[words[end].Start]) || char.IsDigit(view.Text[words[end].Start])))
            {
                end++;
            }

            if (end == i + kind.Length)
            {
                continue;
            }

            header ??= Header(view, span.Start);
            var name = string.Join(' ', folded[i..end]);
            if (!FoldedWords.Has(header, name))
            {
                return true;
            }

            i = end - 1;
        }

        return false;
    }

    // The folded words of the document's first lines, none of them past the sentence's start.
    private static string Header(DocumentView view, int before)
    {
        var end = 0;
        for (var lines = 0; lines < HeaderLines && end < before; end++)
        {
            if (view.Text[end] == '\n' && (end == 0 || view.Text[end - 1] != '\n'))
            {
                lines++;
            }
        }

        return FoldedWords.Of(view.Folded.AsSpan(0, end));
    }

    // The words of the text between start and end: runs of letters and digits.
    private static List<(int Start, int Length)> Words(string text, int start, int end)
    {
        var words = new List<(int, int)>();
        for (var i = start; i < end;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < end && char.IsLetterOrDigit(text[j]))
            {
                j++;
            }

            words.Add((i, j - i));
            i = j;
        }

        return words;
    }
}
