namespace TongHop.Core.Indicators;

/// <summary>
/// How a province-wide figure is formed from the units' figures. The catalog file and the API write it by its
/// name (<see cref="AggregateMethods.Name"/>: <c>sum</c>, <c>mean</c>, <c>ratio_of_sums</c>).
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
