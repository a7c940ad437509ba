using TongHop.Application.Intake;
using TongHop.Core.Extraction;
using TongHop.Pipeline;
using TongHop.Storage.Files;

namespace TongHop.Application.Requests;

/// <summary>
/// Reads a dispatch file (text, DOCX, PDF, scan) with the extraction pipeline and turns it into a
/// <see cref="DispatchDraft"/>; the original is kept (by SHA-256) so the request can point at it.
/// </summary>
public sealed class DispatchReading(ExtractionPipeline pipeline, OriginalStore originals)
{
    public async Task<DispatchReadResult> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (DocumentCheck.Refusal(fileName, bytes.AsSpan(0, Math.Min(bytes.Length, 8192))) is { } refusal)
        {
            return new DispatchReadResult(null, refusal);
        }

        var read = pipeline.Reader.Read(bytes, fileName, cancellationToken);
        if (!read.Succeeded)
        {
            return new DispatchReadResult(null, "Không đọc được công văn: " + read.Error);
        }

        var saved = await originals.SaveAsync(new MemoryStream(bytes), cancellationToken);
        return new DispatchReadResult(Draft(pipeline.Extract(read.Source), saved.Sha256, Path.GetFileName(fileName)), null);
    }

    /// <summary>The draft a dispatch's extraction gives.</summary>
    public static DispatchDraft Draft(ExtractionResult result, string? sha256, string fileName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = result.Document.Title is { Length: > 0 } t ? char.ToUpperInvariant(t[0]) + t[1..] : null;
        return new DispatchDraft(
            title, result.Document.Number, result.Document.Date, result.Request?.Period, result.Request?.Deadline,
            result.Request?.Outline ?? [], sha256, fileName);
    }
}
