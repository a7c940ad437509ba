using TongHop.Core;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// What the extractor matches to indicators: one quantity, or a fraction with the percent stated for it
/// ("496/757 hồ sơ … đạt tỷ lệ 65,5%"). <see cref="Sources"/> are the scanned quantities it stands for.
/// </summary>
/// <param name="Sentence">Index of the sentence it is in.</param>
/// <param name="IsPart">It is a part of a stated total ("VNPT 02 trạm" of "11 trạm").</param>
internal sealed record Measurement(
    IReadOnlyList<Quantity> Sources,
    decimal Value,
    Measure Measure,
    Qualifier Qualifier,
    TextSpan Span,
    string Noun,
    string NounKey,
    decimal? Numerator,
    decimal? Denominator,
    int Sentence,
    bool IsPart)
{
    public static Measurement Of(Quantity q, int sentence, bool isPart) =>
        new([q], q.Value, q.Measure, q.Qualifier, q.Span, q.Noun, q.NounKey, q.Numerator, q.Denominator, sentence, isPart);

    /// <summary>A fraction with its stated percent: the percent is the value, both parts are kept.</summary>
    public static Measurement Ratio(Quantity fraction, Quantity percent, int sentence)
    {
        var qualifier = percent.Qualifier != Qualifier.Exact ? percent.Qualifier : fraction.Qualifier;
        var span = new TextSpan(Math.Min(fraction.Span.Start, percent.Span.Start), Math.Max(fraction.Span.End, percent.Span.End));
        return new([fraction, percent], percent.Value, Measure.Fraction, qualifier, span, fraction.Noun, fraction.NounKey,
            fraction.Numerator, fraction.Denominator, sentence, false);
    }

    /// <summary>The noun read as OCR garbles it ("chir ky s6" → "chu ky so"), for comparing with unit words.</summary>
    public string OcrNounKey { get; } = Matching.OcrFold.Phrase(NounKey);

    /// <summary>The noun's first word in small letters (NFC), made on first use: asked for every indicator whose unit word leads the noun.</summary>
    public string FirstNounWord => firstNounWord ??= FirstWordLower(Noun);

    private string? firstNounWord;

    private static string FirstWordLower(string noun)
    {
        var text = VietnameseText.Nfc(noun.Trim()).ToLowerInvariant();
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    public bool IsWholeCount => Measure == Measure.Number && Value == decimal.Truncate(Value) && Value >= 0;

    // A measurement is read once, from one place of the text, and never copied: two are the same when they are one
    // object. (The generated member-wise equality hashed eleven members, strings and decimals among them, on every
    // set look-up: 3 % of extract's time.) The hash is its place, which one object always has: the runtime's identity
    // hash took a slow path for every new object, another 2.7 %.
    public bool Equals(Measurement? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => (Span.Start * 397) ^ Span.End;
}
