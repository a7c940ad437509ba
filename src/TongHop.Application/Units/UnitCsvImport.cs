namespace TongHop.Application.Units;

/// <summary>What a unit CSV import did, with one Vietnamese message per refused line.</summary>
public sealed record UnitCsvImport(int Added, int Updated, IReadOnlyList<string> Errors);
