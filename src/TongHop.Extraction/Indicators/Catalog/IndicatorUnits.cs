namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>Names of <see cref="IndicatorUnit"/> in the catalog file and the extract contract.</summary>
public static class IndicatorUnits
{
    public static string Name(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percent",
        IndicatorUnit.Count => "count",
        IndicatorUnit.People => "people",
        IndicatorUnit.Vnd => "vnd",
        IndicatorUnit.Km2 => "km2",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static bool TryParse(string? name, out IndicatorUnit unit)
    {
        foreach (var candidate in Enum.GetValues<IndicatorUnit>())
        {
            if (Name(candidate) == name)
            {
                unit = candidate;
                return true;
            }
        }

        unit = default;
        return false;
    }
}
