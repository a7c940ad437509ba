namespace TongHop.Application.Reporting;

/// <summary>A request's province figures, one per indicator it asks for, read at <paramref name="DataVersion"/>.</summary>
public sealed record RequestFigures(int RequestId, string PeriodLabel, IReadOnlyList<IndicatorFigure> Figures, long DataVersion);
