using System.Globalization;
using System.Text;
using TongHop.Core.Extraction;
using TongHop.Testing;
using Xunit.Abstractions;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The indicator sentences of <c>tests/fixtures/indicator-sentences</c> (issue 14): short sentences for every indicator of
/// the catalog, with a value or with none, each read inside a minimal report of the body that would write it. Every row
/// must give exactly what it states (the indicator's values and kinds, or nothing for a negative), except the rows of
/// <c>known.tsv</c>, which must still give what they gave when they were listed, so nothing changes unseen.
/// </summary>
public sealed class IndicatorSentencesTests(ITestOutputHelper output)
{
    private static readonly string Folder = SharedPaths.Repo("tests", "fixtures", "indicator-sentences");

    private sealed record Row(string Id, string Unit, string Key, string Kind, string Value, string Sentence);

    private sealed record Known(string Id, string Gives, string Reason);

    // The minimal Decree-30 report of each kind of writer: agency block, number and date, title, one section, signature.
    private static readonly Dictionary<string, (string Agency, string Number, string Place, string Signature)> Writers = new()
    {
        ["xa"] = ("UBND XÃ TÂN HÒA", "21/BC-UBND", "Tân Hòa", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Minh"),
        ["phuong"] = ("UBND PHƯỜNG AN PHÚ", "35/BC-UBND", "An Phú", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Hoa"),
        ["so"] = ("UBND TỈNH HÀ TĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "88/BC-SKHCN", "Hà Tĩnh", "GIÁM ĐỐC\n\nNguyễn Đức Thành"),
        ["benhvien"] = ("SỞ Y TẾ TỈNH NGHỆ AN\nBỆNH VIỆN ĐA KHOA KHU VỰC TÂY BẮC", "45/BC-BV", "Nghệ An", "GIÁM ĐỐC\n\nPhạm Quang Huy"),
        ["congan"] = ("BỘ CÔNG AN\nCÔNG AN TỈNH QUẢNG BÌNH", "120/BC-CAT", "Quảng Bình", "GIÁM ĐỐC\n\nĐại tá Hồ Văn Sơn"),
        ["truong"] = ("UBND XÃ TÂN HÒA\nTRƯỜNG THCS TÂN HÒA", "15/BC-THCS", "Tân Hòa", "HIỆU TRƯỞNG\n\nĐỗ Thị Lan"),
    };

    private static string Report(Row row)
    {
        var (agency, number, place, signature) = Writers[row.Unit];
        var sentence = row.Sentence.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
        return $"{agency}\nSố: {number}\t{place}, ngày 12 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2025\n\n" +
               $"I. KẾT QUẢ THỰC HIỆN\n{sentence}\n\n{signature}\n";
    }

    private static IEnumerable<string[]> Tsv(string path) =>
        File.ReadLines(path, Encoding.UTF8).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t'));

    private static List<Row> Rows() =>
    [
        .. Directory.GetFiles(Folder, "*.tsv").Where(f => Path.GetFileName(f) != "known.tsv").Order(StringComparer.Ordinal)
            .SelectMany(Tsv).Select(f => new Row(f[0], f[1], f[2], f[3], f[4], f[5])),
    ];

    private static Dictionary<string, Known> KnownRows() =>
        Tsv(Path.Combine(Folder, "known.tsv")).Select(f => new Known(f[0], f[1], f[2])).ToDictionary(k => k.Id);

    private static string Format(ValueKind kind, decimal value) =>
        (kind == ValueKind.Target ? "target " : "actual ") + value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>What a row's sentence gives for the row's indicator: its (kind, value) pairs, sorted, or "-".</summary>
    private static string Gives(IEnumerable<IndicatorValue> read, string key)
    {
        var pairs = read.Where(v => v.Key == key).Select(v => Format(v.Kind, v.Value)).Distinct().Order(StringComparer.Ordinal).ToList();
        return pairs.Count == 0 ? "-" : string.Join("; ", pairs);
    }

    /// <summary>What the fixture says the sentence gives for the indicator: every row of the same sentence and key.</summary>
    private static string Expected(IReadOnlyList<Row> rows, Row row)
    {
        var pairs = rows.Where(r => r.Unit == row.Unit && r.Sentence == row.Sentence && r.Key == row.Key && r.Kind != "none")
            .Select(r => Format(r.Kind == "target" ? ValueKind.Target : ValueKind.Actual, decimal.Parse(r.Value, CultureInfo.InvariantCulture)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return pairs.Count == 0 ? "-" : string.Join("; ", pairs);
    }

    /// <summary>right, missed, wrong value, wrong kind (positives) or read (negatives).</summary>
    private static string Status(Row row, string expected, string gives)
    {
        if (gives == expected)
        {
            return "right";
        }

        if (row.Kind == "none")
        {
            return "read";
        }

        if (gives == "-")
        {
            return "missed";
        }

        static string Values(string s) => string.Join("; ", s.Split("; ").Select(p => p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal));
        return Values(gives) == Values(expected) ? "wrong kind" : "wrong value";
    }

    [Fact]
    public void EverySentence_GivesWhatItStates_OrWhatItsKnownEntrySays()
    {
        var rows = Rows();
        var known = KnownRows();
        Assert.True(rows.Count >= 350, $"the fixture has {rows.Count} rows");
        var failures = new List<string>();
        var cache = new Dictionary<string, IReadOnlyList<IndicatorValue>>();
        foreach (var row in rows)
        {
            var text = Report(row);
            if (!cache.TryGetValue(text, out var read))
            {
                read = ExtractorHarness.Run(text).Indicators;
                cache[text] = read;
            }

            var expected = Expected(rows, row);
            var gives = Gives(read, row.Key);
            var status = Status(row, expected, gives);
            var others = string.Join(" ", read.Where(v => v.Key != row.Key).Select(v => $"{v.Key}={Format(v.Kind, v.Value)}"));
            output.WriteLine($"ROW\t{row.Id}\t{row.Key}\t{row.Kind}\t{expected}\t{gives}\t{status}\t{others}");
            if (known.Remove(row.Id, out var entry))
            {
                if (entry.Gives != gives)
                {
                    failures.Add($"{row.Id} ({row.Key}) is listed as known, giving '{entry.Gives}', and now gives '{gives}' (expected '{expected}'): " +
                                 (status == "right" ? "remove it from known.tsv" : "update known.tsv if the change is for the better"));
                }
            }
            else if (status != "right")
            {
                failures.Add($"{row.Id} ({row.Key}, {status}): expected '{expected}', gives '{gives}': {row.Sentence}");
            }
        }

        failures.AddRange(known.Keys.Select(id => $"known.tsv lists {id}, which no sentence file has"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryIndicatorOfTheCatalog_HasFourValuesAndThreeNegatives()
    {
        var rows = Rows();
        var keys = TongHop.Extraction.Indicators.Catalog.IndicatorCatalog.Default.Indicators.Select(i => i.Key).ToList();
        Assert.All(keys, key =>
        {
            Assert.True(rows.Count(r => r.Key == key && r.Kind != "none") >= 4, key);
            Assert.True(rows.Count(r => r.Key == key && r.Kind == "none") >= 3, key);
        });
        Assert.All(rows, r => Assert.Contains(r.Key, keys));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
    }
}
