namespace TongHop.Core.Indicators;

/// <summary>The catalog names and Vietnamese labels of <see cref="AggregateMethod"/>, written once.</summary>
public static class AggregateMethods
{
    public static IReadOnlyList<AggregateMethod> All { get; } = Enum.GetValues<AggregateMethod>();

    /// <summary>The name in the catalog file and the API: <c>sum</c>, <c>mean</c>, <c>ratio_of_sums</c>.</summary>
    public static string Name(this AggregateMethod method) => method switch
    {
        AggregateMethod.Mean => "mean",
        AggregateMethod.RatioOfSums => "ratio_of_sums",
        _ => "sum",
    };

    /// <summary>How the pages name it: Cộng tổng, Trung bình, Tổng tử số / tổng mẫu số.</summary>
    public static string Label(this AggregateMethod method) => method switch
    {
        AggregateMethod.Mean => "Trung bình",
        AggregateMethod.RatioOfSums => "Tổng tử số / tổng mẫu số",
        _ => "Cộng tổng",
    };

    /// <summary>Reads a catalog name (case and surrounding spaces ignored).</summary>
    public static bool TryParse(string? name, out AggregateMethod method)
    {
        var text = name?.Trim().ToLowerInvariant();
        foreach (var candidate in All)
        {
            if (candidate.Name() == text)
            {
                method = candidate;
                return true;
            }
        }

        method = AggregateMethod.Sum;
        return false;
    }
}
