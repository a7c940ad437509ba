using System.Globalization;
using Microsoft.Extensions.Configuration;
using TongHop.Core.Extraction;

namespace TongHop.Application.Processing;

/// <summary>
/// How many figures (indicator values, facts and findings together) one file of a report may yield before it is
/// refused (<c>TongHop:Limits:MaxValuesPerReport</c>, default 10,000). A narrative report has tens to a few hundred; a
/// file with tens of thousands is a raw data dump whose extraction would make a stored result, a review page and an API
/// answer of many megabytes. The refusal says the count and the limit; the original stays stored.
/// </summary>
public sealed record ReportLimits(int MaxValues)
{
    public const string Setting = "TongHop:Limits:MaxValuesPerReport";

    public static ReportLimits Default { get; } = new(10_000);

    public static ReportLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return int.TryParse(configuration[Setting], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? new ReportLimits(max) : Default;
    }

    public static int CountOf(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Indicators.Count + result.Facts.Count + result.Findings.Count;
    }

    /// <summary>The Vietnamese refusal of <paramref name="result"/>, or null when it is within the limit.</summary>
    public string? Refusal(ExtractionResult result, string fileName)
    {
        var count = CountOf(result);
        return count <= MaxValues
            ? null
            : string.Create(Vietnamese, $"Tệp «{fileName}» có {count:N0} số liệu, vượt giới hạn {MaxValues:N0} số liệu cho một tệp báo cáo: đây không giống một báo cáo (có thể là bảng dữ liệu thô). Xin gửi bản báo cáo, hoặc chia bảng số liệu thành các phụ lục nhỏ hơn.");
    }

    private static CultureInfo Vietnamese { get; } = new("vi-VN");
}
