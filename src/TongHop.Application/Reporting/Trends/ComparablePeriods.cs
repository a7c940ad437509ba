namespace TongHop.Application.Reporting.Trends;

/// <summary>
/// Which requests a request is compared with: requests of the same kind are those whose periods are equally long (a quarter,
/// six months, nine months, a year); the previous one is the latest that ended before this one starts, the year-ago one
/// covers the same months a year earlier. Several requests for one period: the latest made counts.
/// </summary>
public static class ComparablePeriods
{
    /// <summary>At most this many periods in a series.</summary>
    public const int SeriesLength = 8;

    public static PeriodRequest? Previous(PeriodRequest current, IEnumerable<PeriodRequest> all)
    {
        ArgumentNullException.ThrowIfNull(current);
        return all.Where(r => r.Months == current.Months && r.To < current.From).OrderByDescending(r => r.To).ThenByDescending(r => r.Id).FirstOrDefault();
    }

    public static PeriodRequest? YearAgo(PeriodRequest current, IEnumerable<PeriodRequest> all)
    {
        ArgumentNullException.ThrowIfNull(current);
        var from = current.From.AddYears(-1);
        var to = current.To.AddYears(-1);
        return all.Where(r => r.Id != current.Id && r.From.Year == from.Year && r.From.Month == from.Month && r.To.Year == to.Year && r.To.Month == to.Month)
            .OrderByDescending(r => r.Id).FirstOrDefault();
    }

    /// <summary>The requests of the same kind up to this one, one per period, oldest first, this one last.</summary>
    public static IReadOnlyList<PeriodRequest> Series(PeriodRequest current, IEnumerable<PeriodRequest> all)
    {
        ArgumentNullException.ThrowIfNull(current);
        return all.Where(r => r.Months == current.Months && r.To < current.From)
            .GroupBy(r => (r.From, r.To)).Select(g => g.MaxBy(r => r.Id)!)
            .OrderByDescending(r => r.To).Take(SeriesLength - 1).OrderBy(r => r.To)
            .Append(current).ToList();
    }
}
