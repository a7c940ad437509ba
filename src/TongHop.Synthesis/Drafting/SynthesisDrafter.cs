using System.Text;
using TongHop.Text.Dates;
using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Drafts the province's synthesis from the units' reports, in the order of a Decree 30 report: reporting
/// status, results by catalog group, highlights, difficulties, next period's tasks, proposals, data-quality notes, then the
/// appendices (units × indicators, source documents). Pure: the same input gives the same draft.
/// </summary>
public static class SynthesisDrafter
{
    public static SynthesisDraft Draft(SynthesisInput input, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var counted = new CountedValues(input.Units, options.MinConfidence);
        var results = IndicatorResult.From(input, counted);
        var body = new List<DraftBlock> { new DraftParagraph(Introduction(input, options)) };
        body.AddRange(StatusSection.Write(input));
        body.AddRange(IndicatorSection.Write(input, results, options));
        body.AddRange(HighlightSection.Write(input, results));
        body.AddRange(IssueSection.Write("IV. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC", input.Units, u => u.Difficulties, "Các đơn vị chưa nêu khó khăn, vướng mắc trong báo cáo."));
        body.AddRange(PlanSection.Write(input.Units));
        body.AddRange(IssueSection.Write("VI. ĐỀ XUẤT, KIẾN NGHỊ", input.Units, u => u.Proposals, "Các đơn vị chưa có đề xuất, kiến nghị trong báo cáo."));
        body.AddRange(QualitySection.Write(input, counted, options));
        body.Add(new DraftParagraph($"Trên đây là báo cáo tổng hợp kết quả {input.Request.PeriodLabel} của {options.IssuerName}./."));
        return new SynthesisDraft(
            Upper("UBND tỉnh " + options.Province),
            options.IssuerHeading,
            options.NumberLine,
            $"{options.Province}, {VietnameseDates.FormatLong(input.Date)}",
            "BÁO CÁO",
            Subtitle(input.Request),
            body,
            options.EffectiveRecipients,
            options.SignPrefix,
            options.SignerTitle,
            AppendixSection.Write(input, results, counted, options))
        {
            SignerName = string.IsNullOrWhiteSpace(options.SignerName) ? null : options.SignerName.Trim(),
        };
    }

    private static string Introduction(SynthesisInput input, SynthesisOptions options)
    {
        var text = new StringBuilder("Thực hiện ");
        text.Append(input.Request.DispatchNumber is { } number
            ? $"Công văn số {number} ngày {VietnameseDates.Format(input.Request.DispatchDate)} của {options.IssuerName}"
            : $"yêu cầu báo cáo ngày {VietnameseDates.Format(input.Request.DispatchDate)} của {options.IssuerName}");
        text.Append($" về việc báo cáo {LowerFirst(StripReportWord(input.Request.Title))}, ");
        text.Append($"trên cơ sở báo cáo của các cơ quan, đơn vị, địa phương, {options.IssuerName} tổng hợp kết quả như sau:");
        return text.ToString();
    }

    // "Báo cáo kết quả … 9 tháng đầu năm 2025" → "Tổng hợp kết quả … 9 tháng đầu năm 2025".
    private static string Subtitle(SynthesisRequest request)
    {
        var subject = LowerFirst(StripReportWord(request.Title));
        var withPeriod = subject.Contains(request.PeriodLabel, StringComparison.Ordinal) ? subject : subject + " " + request.PeriodLabel;
        return "Tổng hợp " + withPeriod;
    }

    private static string StripReportWord(string title) =>
        title.StartsWith("Báo cáo ", StringComparison.OrdinalIgnoreCase) ? title["Báo cáo ".Length..] : title;

    public static string LowerFirst(string text) =>
        text.Length == 0 || (text.Length > 1 && char.IsUpper(text[1])) ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];

    private static string Upper(string text) => text.ToUpper(VietnameseText.Culture);
}
