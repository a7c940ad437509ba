using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Application.Demo;

/// <summary>
/// Fills a report template (<c>Demo/Reports/*.txt</c>) for one unit: <c>{{KEY}}</c> fields are header
/// text, <c>{{indicator}}</c> a value written the Vietnamese way (1.234,5), <c>{{indicator:num}}</c> /
/// <c>:den</c> its numerator/denominator, <c>{{indicator:target}}</c> a goal. Figures are drawn from a
/// seeded random generator, so the demo is the same on every machine.
/// </summary>
public static partial class DemoReportWriter
{
    public static DemoReport Write(DemoUnit unit, int seed, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var figures = new DemoFigures(new Random(seed));
        var header = Header(unit, seed, date);
        var text = new StringBuilder();
        var values = new List<DemoValue>();
        foreach (var line in LoadTemplate(unit.Template).Split('\n'))
        {
            var filled = Field().Replace(line, m => Fill(m.Groups[1].Value, m.Groups[2].Value, header, figures));
            values.AddRange(ValuesOn(line, filled, text.Length, figures));
            text.Append(filled).Append('\n');
        }

        return new DemoReport(text.ToString(), values);
    }

    private static Dictionary<string, string> Header(DemoUnit unit, int seed, DateOnly date) => new(DemoNarratives.Fields(seed))
    {
        ["ISSUER"] = unit.Issuer,
        ["ISSUER_UPPER"] = unit.Issuer.ToUpper(VietnameseText.Culture),
        ["NAME"] = unit.Name,
        ["SHORT"] = unit.Short,
        ["PLACE"] = unit.Name.Split(' ', 2)[1],
        ["NUMBER"] = (100 + (seed % 300)).ToString(CultureInfo.InvariantCulture),
        ["DATE"] = $"{date.Day:00} tháng {date.Month:00} năm {date.Year}",
        ["SIGNER"] = unit.Signer,
    };

    private static string Fill(string key, string part, Dictionary<string, string> header, DemoFigures figures) =>
        header.TryGetValue(key, out var text) ? text : VietnameseNumber.ToVietnamese(figures.Get(key, part), 3);

    private static IEnumerable<DemoValue> ValuesOn(string template, string filled, int lineStart, DemoFigures figures)
    {
        var span = new TextSpan(lineStart, lineStart + filled.Length);
        foreach (Match m in Field().Matches(template))
        {
            var (key, part) = (m.Groups[1].Value, m.Groups[2].Value);
            if (part is "" or "target" && figures.Has(key))
            {
                var kind = part == "target" ? ValueKind.Target : ValueKind.Actual;
                var ratio = part == "" && figures.Has(key, "num");
                yield return new DemoValue(key, kind, figures.Get(key, part), ratio ? figures.Get(key, "num") : null, ratio ? figures.Get(key, "den") : null, filled, span);
            }
        }
    }

    private static string LoadTemplate(string name)
    {
        using var stream = typeof(DemoReportWriter).Assembly.GetManifestResourceStream($"TongHop.Application.Demo.Reports.{name}.txt")
            ?? throw new InvalidOperationException("demo template missing: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9_]+)(?::(num|den|target))?\}\}")]
    private static partial Regex Field();
}
