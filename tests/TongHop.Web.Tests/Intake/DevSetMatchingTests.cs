using System.Text.Json;
using TongHop.Application.Intake.Matching;
using TongHop.Pipeline;
using TongHop.Storage.Entities;
using TongHop.Testing;
using TongHop.Text.Places;

namespace TongHop.Web.Tests.Intake;

/// <summary>
/// The development set's reports, loaded as the units of a test province (each unit named after its report's gold
/// issuer, the People's Committee as the commune itself), among every commune of a real province as distractors: each
/// report, read by the product, is matched surely to its own unit and to no other.
/// </summary>
public sealed class DevSetMatchingTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.EnumerateFiles(Path.Combine(SharedPaths.Samples, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            if (GoldDocument(gold) is { Type: "Báo cáo" })
            {
                data.Add(Path.GetFileNameWithoutExtension(gold));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void DevSetReport_IsMatchedToItsUnit(string name)
    {
        var province = TestProvince();
        var expected = province.Single(u => u.Code == "DEV-" + name);
        var path = Path.Combine(SharedPaths.Samples, "clean", name + ".txt");
        var read = Pipeline.Reader.Read(File.ReadAllBytes(path), path);
        Assert.True(read.Succeeded, read.Error);
        var result = Pipeline.Extract(read.Source!);

        var match = new DocumentMatcher(new NameUnitMatcher()).Match(result, name + ".txt", null, null, new IntakeCandidates(province, []));

        Assert.True(match.UnitCertain, $"{name}: read issuer '{result.Document.Issuer}', reasons: {string.Join(" | ", match.Reasons)}");
        Assert.Equal(expected.Name, match.Unit?.Name);
    }

    [Fact]
    public void TestProvince_HasEveryReportAndTheDistractors()
    {
        var province = TestProvince();
        Assert.Equal(Reports().Count, province.Count(u => u.Code.StartsWith("DEV-", StringComparison.Ordinal)));
        Assert.True(province.Count > 50);
    }

    // The dev set's units, named as a province's unit list names them, and the communes and wards of Quảng Trị (not a
    // dev-set province) as the rest of the list.
    private static List<IntakeUnit> TestProvince()
    {
        var units = new List<IntakeUnit>();
        var id = 1;
        foreach (var name in Reports())
        {
            var issuer = GoldDocument(Path.Combine(SharedPaths.Samples, "gold", name + ".json"))!.Issuer;
            var unitName = issuer.StartsWith("UBND ", StringComparison.Ordinal) ? Capitalised(issuer["UBND ".Length..]) : issuer;
            units.Add(new IntakeUnit(id++, "DEV-" + name, unitName, KindOf(unitName), "Tỉnh Thử Nghiệm", null));
        }

        var taken = units.Select(u => AdministrativeUnits.Key(u.Name)).ToHashSet(StringComparer.Ordinal);
        var official = AdministrativeUnits.Official;
        var quangTri = official.Provinces.Single(p => AdministrativeUnits.Key(p.Name) == "quang tri");
        foreach (var commune in official.Communes.Where(c => c.Province == quangTri))
        {
            var name = Capitalised(commune.FullName);
            if (taken.Add(AdministrativeUnits.Key(name)))
            {
                units.Add(new IntakeUnit(id++, "QT-" + commune.Code, name, KindOf(name), "Tỉnh Thử Nghiệm", null));
            }
        }

        return units;
    }

    private static OrgUnitKind KindOf(string name) =>
        name.StartsWith("Xã ", StringComparison.Ordinal) ? OrgUnitKind.Commune
        : name.StartsWith("Phường ", StringComparison.Ordinal) ? OrgUnitKind.Ward
        : name.StartsWith("Đặc khu ", StringComparison.Ordinal) ? OrgUnitKind.SpecialZone
        : name.StartsWith("Sở ", StringComparison.Ordinal) ? OrgUnitKind.Department
        : OrgUnitKind.Other;

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static GoldHeader? GoldDocument(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("document", out var doc) && doc.TryGetProperty("issuer", out var issuer) && issuer.GetString() is { } i
            ? new GoldHeader(i, doc.TryGetProperty("type", out var t) ? t.GetString() : null)
            : null;
    }

    private sealed record GoldHeader(string Issuer, string? Type);
}
