using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Everything the province's synthesis is drafted from, independent of the database: the request, the
/// catalog's indicators it asks for (in catalog order), each expected unit with its latest report, and the
/// catalog's groups (the order and titles of section II and Appendix I).
/// </summary>
/// <param name="Date">The date the synthesis is issued (the place-and-date line).</param>
/// <param name="Groups">The catalog's indicator groups in report order.</param>
public sealed record SynthesisInput(
    SynthesisRequest Request,
    IReadOnlyList<SynthesisIndicator> Indicators,
    IReadOnlyList<SynthesisUnit> Units,
    DateOnly Date,
    IReadOnlyList<IndicatorGroup> Groups)
{
    /// <summary>The earlier requests the figures are compared with; none by default.</summary>
    public SynthesisTrends Trends { get; init; } = SynthesisTrends.None;

    /// <summary>A group's title; a group the catalog does not list is named by its key.</summary>
    public string GroupTitle(string key) => Groups.FirstOrDefault(g => g.Key == key)?.Title ?? key;

    /// <summary>A group's place in the report; a group the catalog does not list comes last.</summary>
    public int GroupRank(string key)
    {
        var index = Groups.Select(g => g.Key).ToList().IndexOf(key);
        return index < 0 ? Groups.Count : index;
    }
}
