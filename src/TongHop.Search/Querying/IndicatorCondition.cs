using System.Text.RegularExpressions;
using TongHop.Text.Numbers;

namespace TongHop.Search.Querying;

/// <summary>
/// A query on reported values rather than text: <c>online_dossier_rate &lt; 50</c>, <c>&lt;=</c>, <c>=</c>,
/// <c>&gt;=</c>, <c>&gt;</c>, or <c>bts_stations between 10 and 20</c> (bounds included). Numbers are written the
/// Vietnamese way (<c>65,5</c>, <c>1.234</c>) or with a decimal point (<c>65.5</c>). The key is checked against the
/// catalog by <see cref="IndicatorValueSearch"/>.
/// </summary>
public sealed partial record IndicatorCondition(string Key, Comparison Comparison, decimal Value, decimal? UpperValue = null)
{
    /// <summary>Whether <paramref name="text"/> has the shape of a condition; false for ordinary text.</summary>
    public static bool TryParse(string? text, out IndicatorCondition condition)
    {
        condition = new IndicatorCondition("", Comparison.Equal, 0);
        var m = Shape().Match(text ?? "");
        if (!m.Success || !TryNumber(m.Groups["a"].Value, out var a))
        {
            return false;
        }

        var key = m.Groups["key"].Value.ToLowerInvariant();
        if (m.Groups["b"].Success)
        {
            if (!TryNumber(m.Groups["b"].Value, out var b))
            {
                return false;
            }

            condition = new IndicatorCondition(key, Comparison.Between, Math.Min(a, b), Math.Max(a, b));
            return true;
        }

        condition = new IndicatorCondition(key, m.Groups["op"].Value switch
        {
            "<" => Comparison.Less,
            "<=" => Comparison.LessOrEqual,
            ">=" => Comparison.GreaterOrEqual,
            ">" => Comparison.Greater,
            _ => Comparison.Equal,
        }, a);
        return true;
    }

    public bool Matches(decimal value) => Comparison switch
    {
        Comparison.Less => value < Value,
        Comparison.LessOrEqual => value <= Value,
        Comparison.Equal => value == Value,
        Comparison.GreaterOrEqual => value >= Value,
        Comparison.Greater => value > Value,
        _ => value >= Value && value <= UpperValue,
    };

    private static bool TryNumber(string s, out decimal value) => VietnameseNumber.TryParsePercent(s.TrimEnd('%'), out value);

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+)\s*(?:(?<op><=|>=|==|=|<|>)\s*(?<a>\d[\d.,]*%?)|\s+between\s+(?<a>\d[\d.,]*%?)\s+and\s+(?<b>\d[\d.,]*%?))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex Shape();
}
