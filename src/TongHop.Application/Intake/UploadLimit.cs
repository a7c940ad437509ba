using System.Globalization;
using Microsoft.Extensions.Configuration;
using TongHop.Reading;

namespace TongHop.Application.Intake;

/// <summary>
/// The one upload size limit, from one setting (<c>TongHop:Upload:MaxMegabytes</c>, default and ceiling the reader's
/// own limit, <see cref="DocumentReader.MaxFileBytes"/>: a file the reader would refuse is never accepted). It bounds a
/// whole upload request (every file of it together, enforced by Kestrel and the form reader before the body is read)
/// and each stored original (<c>OriginalStore</c>, for every channel); the refusal says the number.
/// </summary>
public sealed record UploadLimit(long Bytes)
{
    public const string Setting = "TongHop:Upload:MaxMegabytes";

    private const long Megabyte = 1024L * 1024;

    public static UploadLimit Default { get; } = new(DocumentReader.MaxFileBytes);

    /// <summary>What a multipart request may add around its files (boundaries, part headers, the form's fields).</summary>
    public long RequestBytes => Bytes + Megabyte;

    public long Megabytes => Bytes / Megabyte;

    /// <summary>The refusal, in Vietnamese.</summary>
    public string Message => string.Create(VietnameseCulture, $"Tệp gửi lên vượt quá giới hạn {Megabytes} MB (tính chung các tệp của một lần gửi). Xin chia nhỏ hoặc nén bản scan rồi gửi lại.");

    public static UploadLimit From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return long.TryParse(configuration[Setting], NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0
            ? new UploadLimit(Math.Min(megabytes * Megabyte, DocumentReader.MaxFileBytes))
            : Default;
    }

    private static CultureInfo VietnameseCulture { get; } = new("vi-VN");
}
