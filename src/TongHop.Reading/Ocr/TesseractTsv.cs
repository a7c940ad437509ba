using System.Globalization;
using TongHop.Text.Normalization;

namespace TongHop.Reading.Ocr;

/// <summary>One word of tesseract's TSV output: where tesseract put it (block, paragraph, line) and its box in pixels.</summary>
internal readonly record struct OcrWord(int Page, int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, float Confidence, string Text)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;
}

/// <summary>The size of one page tesseract read (its level-1 row), and the words on it.</summary>
internal sealed record OcrPage(int Page, int Width, int Height, IReadOnlyList<OcrWord> Words);

/// <summary>
/// Parses tesseract's <c>tsv</c> output (level, page, block, par, line, word, left, top, width, height,
/// conf, text). Only words with text are kept, in NFC, with the eth tesseract writes for Đ made Đ (see
/// <see cref="Letters"/>); a multi-page input gives one <see cref="OcrPage"/> a page, in order.
/// </summary>
internal static class TesseractTsv
{
    public static IReadOnlyList<OcrPage> Parse(string tsv)
    {
        var pages = new List<OcrPage>();
        List<OcrWord>? words = null;
        foreach (var line in tsv.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 12 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue; // the header row or an empty line
            }

            var numbers = new int[10];
            for (var i = 1; i < 10; i++)
            {
                numbers[i] = int.Parse(fields[i], NumberStyles.Integer, CultureInfo.InvariantCulture);
            }

            if (level == 1)
            {
                words = [];
                pages.Add(new OcrPage(numbers[1], numbers[8], numbers[9], words));
                continue;
            }

            var text = fields[11].Trim();
            if (level != 5 || words is null || text.Length == 0)
            {
                continue;
            }

            var confidence = float.Parse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture);
            words.Add(new OcrWord(numbers[1], numbers[2], numbers[3], numbers[4], numbers[6], numbers[7], numbers[8], numbers[9], confidence, Letters(VietnameseText.Nfc(text))));
        }

        return pages;
    }

    /// <summary>
    /// Tesseract's Vietnamese model writes the Icelandic eth (Ð U+00D0, ð U+00F0) for Đ and đ, which look the same
    /// and never occur in Vietnamese, often as a second reading of the same letter ("ĐÐU", "QĐÐ-TTg" for "ĐU",
    /// "QĐ-TTg"): on the development scans 9 words of 10,000. Both become the Vietnamese letter, once.
    /// </summary>
    internal static string Letters(string word)
    {
        if (word.IndexOfAny(['Ð', 'ð']) < 0)
        {
            return word;
        }

        return word.Replace("ĐÐ", "Đ", StringComparison.Ordinal).Replace("đð", "đ", StringComparison.Ordinal)
            .Replace('Ð', 'Đ').Replace('ð', 'đ');
    }
}
