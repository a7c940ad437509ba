namespace TongHop.Synthesis.Aggregation;

/// <summary>Converts between <see cref="AggregateMethod"/> and the catalog's spelling.</summary>
public static class AggregateMethods
{
    public static bool TryParse(string? text, out AggregateMethod method)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "sum":
                method = AggregateMethod.Sum;
                return true;
            case "mean":
                method = AggregateMethod.Mean;
                return true;
            case "ratio_of_sums":
                method = AggregateMethod.RatioOfSums;
                return true;
            default:
                method = AggregateMethod.Sum;
                return false;
        }
    }

    public static string ToCatalogName(AggregateMethod method) => method switch
    {
        AggregateMethod.Mean => "mean",
        AggregateMethod.RatioOfSums => "ratio_of_sums",
        _ => "sum",
    };
}
