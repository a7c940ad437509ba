namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Everything the province's synthesis is drafted from, independent of the database: the request, the
/// catalog's indicators it asks for (in catalog order), and each expected unit with its latest report.
/// </summary>
/// <param name="Date">The date the synthesis is issued (the place-and-date line).</param>
public sealed record SynthesisInput(
    SynthesisRequest Request,
    IReadOnlyList<SynthesisIndicator> Indicators,
    IReadOnlyList<SynthesisUnit> Units,
    DateOnly Date);
