using TongHop.Text.Places;

namespace TongHop.Text.Tests.Places;

/// <summary>The one list of body kinds: each kind once, longer kinds before the shorter ones they open with, and the
/// roles each reader selects by.</summary>
public sealed class BodyKindsTests
{
    [Fact]
    public void EachKindIsListedOnce()
    {
        var folded = BodyKinds.All.Select(k => k.Folded).ToList();
        Assert.Equal(folded.Count, folded.Distinct().Count());
    }

    [Fact]
    public void ALongerKind_ComesBeforeTheShorterKindItOpensWith()
    {
        // Readers take the first kind a text opens with: "ủy ban nhân dân" must win over "ủy ban", "bộ phận" over "bộ".
        var all = BodyKinds.All;
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                Assert.False(all[j].Folded.StartsWith(all[i].Folded + " ", StringComparison.Ordinal),
                    $"'{all[j].Words}' is listed after '{all[i].Words}', which it opens with");
            }
        }
    }

    [Theory]
    [InlineData("phòng", BodyRole.Office)]
    [InlineData("bộ phận", BodyRole.Office)]
    [InlineData("hạt", BodyRole.Branch)]
    [InlineData("sở", BodyRole.Agency)]
    [InlineData("ubnd", BodyRole.Authority)]
    public void AKind_HasItsRole(string words, BodyRole role) =>
        Assert.True(BodyKinds.All.Single(k => k.Words == words).Is(role));

    [Fact]
    public void AKindThatIsABodyOrAPart_HasBothRoles()
    {
        var centre = BodyKinds.All.Single(k => k.Words == "trung tâm");
        Assert.True(centre.Is(BodyRole.Agency) && centre.Is(BodyRole.Branch));
        Assert.DoesNotContain(BodyKinds.With(BodyRole.Office), k => k.Is(BodyRole.Agency));
    }

    [Fact]
    public void KindsAreWrittenInSmallLettersAndNfc()
    {
        Assert.All(BodyKinds.All, k => Assert.Equal(k.Words.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormC), k.Words));
    }
}
