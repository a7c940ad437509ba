namespace TongHop.Search.Querying;

/// <summary>One part of a query as typed (NFC), e.g. <c>Word "VNeID"</c>, <c>Prefix "ngh"</c>, <c>Phrase "Đảng ủy xã"</c>.</summary>
public sealed record QueryClause(ClauseKind Kind, string Text);
