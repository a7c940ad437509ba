namespace TongHop.Core.Indicators;

/// <summary>The codes and Vietnamese labels of <see cref="MeasureUnit"/>, written once.</summary>
public static class MeasureUnits
{
    public static IReadOnlyList<MeasureUnit> All { get; } = Enum.GetValues<MeasureUnit>();

    /// <summary>The code in the catalog file, the extract contract, the API and the database: <c>percent</c>, <c>count</c>, <c>people</c>, <c>vnd</c>, <c>km2</c>.</summary>
    public static string Code(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Percent => "percent",
        MeasureUnit.Count => "count",
        MeasureUnit.People => "people",
        MeasureUnit.Vnd => "vnd",
        MeasureUnit.Km2 => "km2",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The unit as a column header or a figure's label shows it: %, số lượng, người, đồng, km².</summary>
    public static string Label(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Percent => "%",
        MeasureUnit.People => "người",
        MeasureUnit.Vnd => "đồng",
        MeasureUnit.Km2 => "km²",
        _ => "số lượng",
    };

    public static bool TryParse(string? code, out MeasureUnit unit)
    {
        foreach (var candidate in All)
        {
            if (candidate.Code() == code)
            {
                unit = candidate;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>The unit of a stored code; throws on a code no unit has (stored values are validated on the way in).</summary>
    public static MeasureUnit Parse(string code) =>
        TryParse(code, out var unit) ? unit : throw new FormatException($"unknown measure unit '{code}' (percent, count, people, vnd, km2)");
}
