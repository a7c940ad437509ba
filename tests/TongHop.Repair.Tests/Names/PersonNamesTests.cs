using TongHop.Repair.Names;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Names;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Phan Vin Hiéu", true)]
    [InlineData("Pinh Thanh Minh", true)]   // Đ read as P
    [InlineData("NGUYEN VAN TUAN", true)]
    [InlineData("Quang Ngai", false)]       // not a family name
    [InlineData("Phan Vin Hiéu, Giám đốc", false)]
    [InlineData("Phan", false)]             // one word
    [InlineData("Phan van Hiéu", false)]    // not capitalised
    public void IsNameLine_AloneBetweenBlankLines(string line, bool expected)
    {
        string[] lines = ["", line, ""];
        Assert.Equal(expected, PersonNames.IsNameLine(lines, 1, Tokens(line)));
    }

    [Fact]
    public void IsNameLine_InsideAParagraph_IsFalse()
    {
        string[] lines = ["Ông", "Phan Vin Hiéu", ""];
        Assert.False(PersonNames.IsNameLine(lines, 1, Tokens(lines[1])));
    }

    [Fact]
    public void Repair_NameLine_ReadsFromTheNameLists()
    {
        var restored = VietnameseTextRepairer.Default.Repair("Noi dung bao cao\n\nPhan Vin Hiéu\n").Restored;
        Assert.Equal("Phan Văn Hiếu", restored.Split('\n')[2]);
    }

    private static List<RepairToken> Tokens(string line)
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize(line, tokens);
        return tokens;
    }
}
