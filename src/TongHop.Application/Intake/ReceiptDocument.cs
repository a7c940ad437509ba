using System.Globalization;
using TongHop.Core.Time;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake;

/// <summary>
/// The content of a receipt (biên nhận), the same on the receipt page and in its PDF: who sent what for which request,
/// when it was received (province time), and each file with its role, size and SHA-256.
/// </summary>
public sealed record ReceiptDocument(
    string Number, string UnitName, string RequestTitle, string? DispatchNumber, int Version, DateTime ReceivedLocal, string? UploadedBy,
    IReadOnlyList<ReceiptFile> Files, DateTime? WithdrawnLocal)
{
    /// <summary>The receipt of a submission loaded with its unit, request and files.</summary>
    public static ReceiptDocument Of(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var files = submission.Files.Count > 0
            ? submission.Files.OrderBy(f => f.Position).Select(f => new ReceiptFile(f.Role == SubmissionFileRole.Main ? "Báo cáo" : "Phụ lục", f.FileName, f.Size, f.FileSha256)).ToList()
            : [new ReceiptFile("Báo cáo", submission.FileName, null, submission.FileSha256)];
        return new ReceiptDocument(
            Receipt.NumberOf(submission), submission.Unit?.Name ?? "", submission.Request?.Title ?? "", submission.Request?.DispatchNumber,
            submission.Version, ProvinceTime.ToLocal(submission.ReceivedAtUtc), submission.UploadedBy, files,
            submission.WithdrawnAtUtc is { } w ? ProvinceTime.ToLocal(w) : null);
    }

    /// <summary>The download name: "bien-nhan-BN-2025-000123.pdf".</summary>
    public static string FileName(Submission submission) => $"bien-nhan-{Receipt.NumberOf(submission)}.pdf";

    /// <summary>The receipt as lines of text, in order (the PDF writes these).</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"Số biên nhận: {Number}";
        yield return $"Đơn vị gửi: {UnitName}";
        yield return $"Yêu cầu báo cáo: {RequestTitle}" + (DispatchNumber is null ? "" : $" (công văn số {DispatchNumber})");
        yield return $"Bản: {Version}";
        yield return $"Thời gian nhận: {ReceivedLocal.ToString("HH:mm:ss 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture)} (giờ Việt Nam)";
        if (UploadedBy is not null)
        {
            yield return $"Người gửi (tài khoản): {UploadedBy}";
        }

        yield return $"Số tệp: {Files.Count}";
        foreach (var (file, i) in Files.Select((f, i) => (f, i + 1)))
        {
            yield return $"{i}. {file.Role}: {file.FileName}" + (file.Size is { } size ? $" ({size.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} byte)" : "");
            yield return $"   SHA-256: {file.Sha256}";
        }

        if (WithdrawnLocal is { } w)
        {
            yield return $"Bản này đã được đơn vị rút lúc {w.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
        }
    }
}

/// <summary>One file on a receipt.</summary>
public sealed record ReceiptFile(string Role, string FileName, long? Size, string Sha256);
