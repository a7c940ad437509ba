namespace TongHop.Core.Indicators;

/// <summary>
/// Which value counts. For a request, only the values of each unit's latest processed report count, and never a
/// rejected one (a corrected value counts with its correction). Of one unit's values for one indicator and kind,
/// the one that counts is the first in this order: a value a reviewer confirmed or corrected before one read
/// automatically, then the most confident, then the one read first.
/// </summary>
/// <remarks>
/// The database applies the rule in one query (<c>Application/Reporting/CountingValues</c>: a window function, the
/// same SQL on SQLite and PostgreSQL), which the dashboard's figures, the units × indicators table and the synthesis
/// loader all read; a test checks that query against <see cref="Best{T}"/> on both databases. In memory (the synthesis
/// drafting, given values in any number) the choice is made here.
/// </remarks>
public static class CountingRule
{
    /// <summary>The value that counts among one unit's values for one indicator and kind, or default when there are none.</summary>
    /// <param name="reviewed">Whether a reviewer confirmed or corrected the value.</param>
    /// <param name="confidence">The extractor's confidence.</param>
    /// <param name="order">The order the values were read in (the stored id).</param>
    public static T? Best<T>(IEnumerable<T> values, Func<T, bool> reviewed, Func<T, double> confidence, Func<T, long> order) =>
        values.OrderByDescending(reviewed).ThenByDescending(confidence).ThenBy(order).FirstOrDefault();
}
