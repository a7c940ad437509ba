using System.Text;
using TongHop.Testing;
using TongHop.Text.Places;

namespace TongHop.Text.Tests.Places;

public sealed class AdministrativeUnitsTests
{
    private static readonly AdministrativeUnits Units = AdministrativeUnits.Official;

    [Fact]
    public void Official_HoldsTheListsOfBothPeriods()
    {
        Assert.Equal(34, Units.Provinces.Count);
        Assert.Equal(3321, Units.Communes.Count);
        Assert.Equal(63, Units.FormerProvinces.Count);
        Assert.InRange(Units.FormerDistricts.Count, 690, 720);
        Assert.InRange(Units.FormerCommunes.Count, 10_050, 10_100);
        Assert.Equal(6, Units.Provinces.Count(p => p.Level == UnitLevel.Municipality));
        Assert.Equal(Units.Communes.Count, Units.Communes.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Official_MatchesTheStatisticsOfficeTable()
    {
        // Every new unit of the shared conversion table is in the shipped list under its code, with its name.
        var table = Path.Combine(SharedPaths.Shared, "data", "admin-units", "communes-2025-07-conversion.csv");
        var rows = File.ReadLines(table).Skip(2).Select(l => l.Split(',')).Where(f => f.Length > 3 && f[2].Length == 5).ToList();
        Assert.True(rows.Count > 9_000);
        foreach (var code in rows.Select(r => r[2]).Distinct())
        {
            Assert.NotNull(Units.Current(code));
        }

        var sample = rows.First(r => r[1].Contains("Ba Đình", StringComparison.Ordinal));
        Assert.Equal("phường Ba Đình", Units.Current(sample[2])!.FullName);
    }

    [Fact]
    public void Communes_KnowTheirProvince_AndFormerOnesTheirDistrict()
    {
        var dongLoc = Units.Named("Đồng Lộc").Single(u => !u.Former && u.Name == "Đồng Lộc");
        Assert.Contains(Units.Named("dong loc"), u => u.Name == "Đông Lộc"); // diacritics ignored
        Assert.Equal("xã Đồng Lộc", dongLoc.FullName);
        Assert.Equal("tỉnh Hà Tĩnh", dongLoc.Province.FullName);

        var former = Units.Named("Trúc Bạch").Single(u => u.Province.Name == "Hà Nội");
        Assert.True(former.Former);
        Assert.Equal("quận Ba Đình", former.District!.FullName);
        Assert.Equal("thành phố Hà Nội", former.Province.FullName);
        Assert.Equal(["phường Ba Đình"], Units.Successors(former).Select(s => s.FullName));
    }

    [Fact]
    public void Levels_AreReadFromTheirWords()
    {
        Assert.Equal(UnitLevel.SpecialZone, Units.Named("Phú Quốc").Single(u => !u.Former).Level);
        Assert.Contains(Units.FormerDistricts, d => d.Level == UnitLevel.ProvincialCity);
        Assert.Contains(Units.FormerDistricts, d => d.Level == UnitLevel.Town);
        Assert.Contains(Units.FormerCommunes, d => d.Level == UnitLevel.Township);
        Assert.True(UnitLevels.TryRead("THỊ XÃ KỲ ANH", out var level, out var length));
        Assert.Equal((UnitLevel.Town, 6), (level, length));
        Assert.False(UnitLevels.TryRead("Xanh", out _, out _));
    }

    [Fact]
    public void Names_AreNfcWithClassicTonePlacement()
    {
        foreach (var unit in Units.All)
        {
            Assert.True(unit.Name.IsNormalized(NormalizationForm.FormC), unit.Name);
            Assert.DoesNotMatch(@"(?<![qQ])(oà|oá|uỵ|uý)(\s|$)", unit.Name);
            Assert.Equal(unit.Name.Trim(), unit.Name);
        }

        Assert.Contains(Units.Provinces, p => p.Name == "Thanh Hóa");
    }

    [Fact]
    public void Closest_FindsAGarbledName_NearestFirst()
    {
        var found = Units.Closest("Hoặc Thành", 2, u => !u.Former && u.Level == UnitLevel.Ward);
        Assert.Equal("Hạc Thành", found[0].Unit.Name);
        Assert.Equal(1, found[0].Distance);
        Assert.Empty(Units.Closest("Xyz Qwv", 1));
    }

    [Fact]
    public void Agencies_GiveOfficialSpellingsAndSymbols()
    {
        var science = Units.Agencies.Single(a => a.Kind == AgencyKind.Ministry && a.Symbols.Contains("BKHCN"));
        Assert.Equal("Bộ Khoa học và Công nghệ", science.Name);
        Assert.False(science.Former);
        Assert.Contains(Units.Agencies, a => a is { Kind: AgencyKind.Provincial, Name: "Sở Thông tin và Truyền thông", Former: true });
        Assert.Equal(14, Units.Agencies.Count(a => a is { Kind: AgencyKind.Ministry, Former: false }));
        Assert.All(Units.Agencies, a => Assert.True(a.Name.IsNormalized(NormalizationForm.FormC)));
    }

    [Theory]
    [InlineData("Đồng  Lộc", "dong loc")]
    [InlineData("THỊ XÃ", "thi xa")]
    [InlineData("Phường 14,", "phuong 14")]
    public void Key_FoldsCaseMarksAndSpacing(string text, string key) =>
        Assert.Equal(key, AdministrativeUnits.Key(text));

    [Fact]
    public void Parse_RejectsARowItDoesNotKnow()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            AdministrativeUnits.Parse(new StringReader("X\t01\tTỉnh A\n"), new StringReader("")));
        Assert.Contains("X", error.Message, StringComparison.Ordinal);
    }
}
