namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Who issues the synthesis and what enters it. The defaults are the Department of Science and Technology
/// of the province; <see cref="Province"/> is filled from the unit tree when known.
/// </summary>
/// <param name="Province">"Quảng Ngãi": the province's name without "Tỉnh".</param>
/// <param name="IssuerName">The issuing body in running text, e.g. "Sở Khoa học và Công nghệ".</param>
/// <param name="IssuerShort">Its abbreviation in the document number, e.g. "SKHCN" (Số: …/BC-SKHCN).</param>
/// <param name="IssuerHeading">The issuer as the header block writes it, caps, "\n" where the line should break.</param>
/// <param name="SignPrefix">"KT. GIÁM ĐỐC" (signing on behalf, Decree 30 art. 13) or "TM. …" for a collective body; empty
/// when the head signs in their own name (the title line alone: "GIÁM ĐỐC").</param>
/// <param name="SignerTitle">The signer's title under the authority line: "PHÓ GIÁM ĐỐC".</param>
/// <param name="MinConfidence">An unreviewed value enters the text only at or above this extractor confidence.</param>
/// <param name="ChartKeys">Indicators drawn as a bar chart by unit, where at least two units gave them; null for
/// those the catalog marks <see cref="SynthesisIndicator.Chart"/>.</param>
public sealed record SynthesisOptions(
    string Province,
    string IssuerName = "Sở Khoa học và Công nghệ",
    string IssuerShort = "SKHCN",
    string IssuerHeading = "SỞ KHOA HỌC VÀ\nCÔNG NGHỆ",
    string SignPrefix = "KT. GIÁM ĐỐC",
    string SignerTitle = "PHÓ GIÁM ĐỐC",
    double MinConfidence = 0.5,
    IReadOnlyList<string>? ChartKeys = null,
    IReadOnlyList<string>? Recipients = null)
{
    /// <summary>The signer's name under the signature; null leaves the place empty for the clerk.</summary>
    public string? SignerName { get; init; }

    /// <summary>
    /// The number and symbol after "Số:" ("125/BC-SKHCN"); null, or a symbol without its number ("/BC-SKHCN"), leaves the
    /// number blank for the clerk who registers it (Decree 30 drafts).
    /// </summary>
    public string? Number { get; init; }

    /// <summary>"Số: 125/BC-SKHCN", or "Số:        /BC-SKHCN" with the number left blank.</summary>
    public string NumberLine => Number?.Trim() is { Length: > 0 } number
        ? number.StartsWith('/') ? "Số:        " + number : "Số: " + number
        : $"Số:        /BC-{IssuerShort}";

    /// <summary>Whether <paramref name="indicator"/> is drawn as a chart.</summary>
    public bool Charts(SynthesisIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return ChartKeys?.Contains(indicator.Key) ?? indicator.Chart;
    }

    /// <summary>
    /// Decree 30 "Nơi nhận": addressees first, "- Lưu: VT, …" last; each line ends with ";", the last with "." (added where
    /// the person left them out).
    /// </summary>
    public IReadOnlyList<string> EffectiveRecipients => Recipients?.Any(r => !string.IsNullOrWhiteSpace(r)) == true ? Punctuated(Recipients) : Punctuated(DefaultRecipients);

    private IReadOnlyList<string> DefaultRecipients =>
        ["Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;", $"UBND tỉnh {Province} (b/c);", "Giám đốc, các Phó Giám đốc Sở;", "Các cơ quan, đơn vị, địa phương;", "Lưu: VT, QLCN."];

    private static List<string> Punctuated(IReadOnlyList<string> lines)
    {
        var kept = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return kept.Select((line, i) => char.IsLetterOrDigit(line[^1]) || line[^1] == ')' ? line + (i == kept.Count - 1 ? "." : ";") : line).ToList();
    }
}
