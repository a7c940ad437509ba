using TongHop.Text.Syllables;

namespace TongHop.Text.Tests.Syllables;

public sealed class SyllableInventoryTests
{
    [Fact]
    public void Default_HoldsTheAttestedSyllablesMostFrequentFirst()
    {
        var inventory = SyllableInventory.Default;
        Assert.InRange(inventory.Forms.Count, 5000, 8000);
        Assert.Equal("và", inventory.Forms[0]);
        Assert.True(inventory.CountOf("của") > inventory.CountOf("ngãi"));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("hòa", "hòa")]
    public void TryGetCanonical_MapsNewStyleToneToOldStyle(string spelling, string canonical)
    {
        Assert.True(SyllableInventory.Default.TryGetCanonical(spelling, out var result));
        Assert.Equal(canonical, result);
    }

    [Fact]
    public void Contains_RejectsOcrForms()
    {
        Assert.False(SyllableInventory.Default.Contains("ctia"));
        Assert.False(SyllableInventory.Default.Contains("s6"));
    }

    [Fact]
    public void Forms_AreAllPhonotacticallyValid() =>
        Assert.Equal(string.Empty, string.Join(" ", SyllableInventory.Default.Forms.Take(4000).Where(f => !VietnameseSyllable.IsValid(f))));
}
