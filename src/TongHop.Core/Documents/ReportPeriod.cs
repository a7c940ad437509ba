namespace TongHop.Core.Documents;

/// <summary>A reporting period such as "9 tháng đầu năm 2025" (2025-01-01 to 2025-09-30, both inclusive).</summary>
public sealed record ReportPeriod(string Label, DateOnly? From, DateOnly? To);
