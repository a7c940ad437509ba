namespace TongHop.Synthesis.Aggregation;

/// <summary>
/// How a province-wide figure is formed from the units' figures; the catalog's <c>aggregate</c> field
/// (<c>sum</c>, <c>mean</c>, <c>ratio_of_sums</c>).
/// </summary>
public enum AggregateMethod
{
    /// <summary>Counts, money, people: the province figure is the total.</summary>
    Sum,

    /// <summary>Rates with no meaningful denominator to add up (e.g. 4G coverage): the plain mean.</summary>
    Mean,

    /// <summary>Rates with numerator/denominator (496/757): Σ numerators / Σ denominators, as a percent.</summary>
    RatioOfSums,
}
