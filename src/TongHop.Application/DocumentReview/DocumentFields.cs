using System.Globalization;
using TongHop.Text.Dates;
using TongHop.Text.Normalization;

namespace TongHop.Application.DocumentReview;

/// <summary>
/// The reviewable fields of a report's document metadata, in the order the review panel shows them, with their
/// Vietnamese labels and how a typed correction is checked and stored (a date is typed dd/MM/yyyy and stored
/// yyyy-MM-dd).
/// </summary>
public static class DocumentFields
{
    public const string Number = "number";
    public const string Date = "date";
    public const string Issuer = "issuer";
    public const string Signer = "signer";
    public const string Title = "title";
    public const string Period = "period";

    /// <summary>The longest value a field takes.</summary>
    public const int MaxLength = 1000;

    public static IReadOnlyList<string> All { get; } = [Number, Date, Issuer, Title, Signer, Period];

    public static bool IsKnown(string? field) => field is not null && All.Contains(field, StringComparer.Ordinal);

    public static string Label(string field) => field switch
    {
        Number => "Số, ký hiệu",
        Date => "Ngày ban hành",
        Issuer => "Cơ quan ban hành",
        Signer => "Người ký",
        Title => "Trích yếu",
        Period => "Kỳ báo cáo",
        _ => field,
    };

    /// <summary>
    /// Checks and normalises a correction typed by a reviewer: trimmed, NFC, one line; a date read leniently
    /// (05/02/2025, 5-2-2025) and stored as yyyy-MM-dd. An empty correction clears the field.
    /// </summary>
    /// <returns>Null when the value is acceptable, else the Vietnamese reason.</returns>
    public static string? Normalize(string field, string? typed, out string? stored)
    {
        stored = null;
        var text = VietnameseText.Nfc(string.Join(' ', (typed ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (text.Length == 0)
        {
            return field is Number or Date or Issuer
                ? $"{Label(field)} không được để trống; nếu văn bản không ghi, hãy xác nhận giá trị trống."
                : null;
        }

        if (text.Length > MaxLength)
        {
            return $"{Label(field)} dài quá {MaxLength} ký tự.";
        }

        if (field == Date)
        {
            if (!VietnameseDates.TryParseLenient(text, out var date))
            {
                return $"Ngày “{text}” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/02/2025.";
            }

            stored = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return null;
        }

        stored = text;
        return null;
    }

    /// <summary>A stored value as the page shows it: a date as dd/MM/yyyy, others as they are.</summary>
    public static string Display(string field, string? stored) =>
        stored is null ? "—"
        : field == Date && DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? VietnameseDates.Format(d)
        : stored;
}
