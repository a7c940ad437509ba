using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The review of session 19's rules (HeldOutSessionNineteenTests): where each rule must not fire. A parts row that is the
/// sum of the others by chance, a commune called "Toàn …", a label that counts only some of the things, one staff member
/// for each of many, and list parts that carry labels of their own.
/// </summary>
public sealed class SessionNineteenReviewTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    private static List<decimal?> Read(string text, string key) => [.. ExtractorHarness.Values(text, key).Select(v => (decimal?)v.Value)];

    [Fact]
    public void AUnitsTable_WithOneSummedColumn_AndARowThatIsTheSumByChance_HasNoTotalRow()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính |
            | 1 | Phòng Hành chính | 2 |
            | 2 | Phòng Nghiệp vụ | 1 |
            | 3 | Trạm Bắc Sơn | 1 |

            """;
        Assert.Equal(4m, ExtractorHarness.Single(text, "computers").Value);
    }

    [Fact]
    public void AUnitsTable_WithOneSummedColumn_AndAnUnnumberedRowThatIsTheSum_GivesThatRow()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính |
            | | Cơ quan và các trạm | 38 |
            | 1 | Phòng Hành chính | 14 |
            | 2 | Trạm Bắc Sơn | 20 |
            | 3 | Trạm Nam Sơn | 4 |

            """;
        Assert.Equal([(ValueKind.Actual, 38m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void AUnitsTable_WithACommuneCalledToan_HasNoTotalRow()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính | Chứng thư số |
            | 1 | Xã Đông Hưng | 10 | 2 |
            | 2 | Toàn Thắng | 12 | 3 |
            | 3 | Xã Tây Hưng | 8 | 1 |

            """;
        Assert.DoesNotContain((decimal?)12m, Read(text, "computers"));
        Assert.DoesNotContain((decimal?)3m, Read(text, "digital_signatures"));
    }

    [Fact]
    public void AUnitsTable_WithAWholeProvinceRow_GivesThatRow()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính | Chứng thư số |
            | 1 | Văn phòng | 10 | 2 |
            | 2 | Trung tâm | 12 | 3 |
            | | Toàn ngành | 25 | 7 |

            """;
        Assert.Equal([(ValueKind.Actual, 25m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Theory]
    [InlineData("Tình trạng thiết bị:\n- Máy tính hỏng: 3 chiếc.\n")]
    [InlineData("Tình trạng thiết bị:\n- Máy tính cần thay thế: 12.\n")]
    [InlineData("Tình trạng thiết bị:\n- Máy tính chưa kết nối mạng: 5.\n")]
    [InlineData("Tình trạng thiết bị:\n- Máy tính được trang bị mới trong năm: 4 bộ.\n")]
    public void ALabelThatCountsOnlySomeOfTheThings_GivesNoCountOfThemAll(string lines)
    {
        Assert.Empty(Read(Head + lines, "computers"));
    }

    [Theory]
    [InlineData("- Máy tính: 46 bộ.")]
    [InlineData("- máy vi tính để bàn và xách tay: 46 bộ.")]
    public void ALabelThatIsTheUnitWord_OrItsKinds_GivesItsCount(string line)
    {
        Assert.Equal([(ValueKind.Actual, 46m)], ExtractorHarness.KindsAndValues(Head + "Trang thiết bị của cơ quan:\n" + line + "\n", "computers"));
    }

    [Theory]
    [InlineData("Huyện bố trí mỗi xã có một công chức kiêm nhiệm chuyển đổi số.")]
    [InlineData("Các xã đều có một cán bộ kiêm nhiệm công nghệ thông tin.")]
    public void OneStaffMemberForEachOfMany_IsNoCount(string sentence)
    {
        Assert.DoesNotContain((decimal?)1m, Read(Head + sentence, "dt_specialist_staff"));
    }

    [Theory]
    [InlineData("Máy tính: Hội sở: 92 máy; Phòng giao dịch: 264 máy.")]
    public void PartsWithLabelsOfTheirOwn_AddUp(string sentence)
    {
        Assert.Equal([(ValueKind.Actual, 356m)], ExtractorHarness.KindsAndValues(Head + sentence, "computers"));
    }

    [Fact]
    public void PartsWithLabelsOfTheirOwn_EndAtALabelThatNamesAThing()
    {
        Assert.DoesNotContain((decimal?)122m, Read(Head + "Máy tính: Hội sở: 92 máy; Máy in: 30 máy.", "computers"));
    }

    [Fact]
    public void HoldsAfterTheCount_IsNoNegation()
    {
        // "chứa" (holds) folds to "chua" as "chưa" (not yet) does; only the negation makes it a count of what lacks.
        Assert.Equal([46m], Read(Head + "Văn phòng có 46 máy tính chứa dữ liệu nghiệp vụ, được kết nối mạng nội bộ.", "computers"));
    }

    [Fact]
    public void TheNegationAfterTheCount_StillMakesItACountOfWhatLacks()
    {
        Assert.Empty(Read(Head + "Văn phòng có 46 máy tính chưa kết nối mạng nội bộ.", "computers"));
    }
}
