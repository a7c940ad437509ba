namespace TongHop.Core.Documents;

/// <summary>The person who signed, e.g. "Phạm Ngọc Thạch", titled "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".</summary>
public sealed record Signer(string? Name, string? Title);
