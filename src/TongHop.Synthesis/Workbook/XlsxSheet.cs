namespace TongHop.Synthesis.Workbook;

/// <summary>One sheet of a workbook: name (at most 31 characters), header row, and rows of text, decimal, int, DateTime or DateOnly cells.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);
