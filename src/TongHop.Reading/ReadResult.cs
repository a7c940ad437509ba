using System.Diagnostics.CodeAnalysis;
using TongHop.Core.Documents;

namespace TongHop.Reading;

/// <summary>Either the text of a document or the reason it could not be read (one English sentence).</summary>
public sealed record ReadResult(SourceText? Source, string? Error)
{
    [MemberNotNullWhen(true, nameof(Source))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Source is not null;

    public static ReadResult Ok(SourceText source) => new(source, null);

    public static ReadResult Fail(string error) => new(null, error);
}
