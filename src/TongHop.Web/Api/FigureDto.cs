namespace TongHop.Web.Api;

/// <summary>An indicator's province figure (aggregated as the catalog says) with its spread and target.</summary>
public sealed record FigureDto(
    string Key, string Name, string Unit, string Aggregate, decimal? Value, int Count, decimal? Min, decimal? Max, decimal? Median, decimal? Target, string Basis);
