using System.Diagnostics.CodeAnalysis;
using TongHop.Core.Extraction;

namespace TongHop.Pipeline;

/// <summary>Either what was extracted from a document, or why it could not be read.</summary>
public sealed record PipelineResult(ExtractionResult? Result, string? Error)
{
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Result is not null;

    public static PipelineResult Ok(ExtractionResult result) => new(result, null);

    public static PipelineResult Fail(string error) => new(null, error);
}
