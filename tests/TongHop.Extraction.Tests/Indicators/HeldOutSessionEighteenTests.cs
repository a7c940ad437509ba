using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 18 (tests/fixtures/reading-heldout: a Farmers' Union, an electricity
/// company, a Social Policy Bank branch, a Department of Construction's quarterly table, a Department of Ethnic Affairs
/// and Religion, a commune) and causes left open across the held-out set, tested here in other sentences: quarter
/// columns beside their cumulative, an earlier year opening its sentence, loans that are no budget, the cost of IT, a
/// share of "tất cả N người", parts listed after a label, a bare "tỷ lệ này", a share of loudspeaker clusters, and a
/// table turned the other way without a total row or with a row a year.
/// </summary>
public sealed class HeldOutSessionEighteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void QuarterColumnsFromTheFirst_BesideTheirCumulative_TheCumulativeIsTheValue()
    {
        const string text = Head + """
            | STT | Nội dung | ĐVT | Quý I | Quý II | Lũy kế 6 tháng | Kế hoạch năm 2025 |
            | 1 | Số cuộc họp trực tuyến | Cuộc | 4 | 6 | 10 | 24 |
            | 2 | Tỷ lệ văn bản đi được ký số | % | 96,0 | 98,4 | 97,3 | 95 |

            """;
        Assert.Equal([(ValueKind.Actual, 10m), (ValueKind.Target, 24m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 97.3m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void OneQuarterBesideItsCumulative_TheQuarterIsTheValue()
    {
        // A quarterly report: the cumulative since January is another period's.
        const string text = Head + """
            | STT | Nội dung | ĐVT | Quý III | Lũy kế 9 tháng |
            | 1 | Số cuộc họp trực tuyến | Cuộc | 5 | 14 |

            """;
        Assert.Equal([(ValueKind.Actual, 5m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void QuartersNotFromTheFirst_AreNoPartsOfTheCumulative()
    {
        const string text = Head + """
            | STT | Nội dung | ĐVT | Quý II | Quý III | Lũy kế 9 tháng |
            | 1 | Số cuộc họp trực tuyến | Cuộc | 6 | 5 | 16 |

            """;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "online_meetings"), v => v.Value == 16m);
    }

    [Theory]
    [InlineData("Năm 2023, kinh phí chuyển đổi số của xã là 150 triệu đồng.")]
    [InlineData("- Năm 2024, xã tổ chức được 9 cuộc họp trực tuyến với các thôn.")]
    public void AnEarlierYearOpeningItsSentence_SetsTheTimeOfItsFigures(string sentence)
    {
        Assert.DoesNotContain(ExtractorHarness.Run(Head + sentence).Indicators, v => v.Key is "budget_spent" or "online_meetings");
    }

    [Fact]
    public void TheReportsYearOpeningItsSentence_KeepsItsFigure()
    {
        Assert.Equal([(ValueKind.Actual, 150_000_000m)],
            ExtractorHarness.KindsAndValues(Head + "Năm 2025, kinh phí chuyển đổi số của xã là 150 triệu đồng.", "budget_spent"));
    }

    [Fact]
    public void MoneyLent_IsNoBudget()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "Phòng giao dịch đã giải ngân 35 tỷ đồng cho vay hộ nghèo và hộ cận nghèo.", "budget_spent"));
    }

    [Fact]
    public void TheCostOfInformationTechnology_IsTheBudget_AndPlannedTheRequest()
    {
        const string text = Head + "Chi phí thuê dịch vụ công nghệ thông tin năm 2025 là 640 triệu đồng.\n\nII. KẾ HOẠCH NĂM 2026\n" +
                            "Chi phí công nghệ thông tin năm 2026 dự kiến 900 triệu đồng.";
        Assert.Equal([(ValueKind.Actual, 640_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
        Assert.Equal([(ValueKind.Target, 900_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_requested"));
    }

    [Fact]
    public void AllOfACountOfPeople_GivenAThing_IsAShareOfThem()
    {
        const string text = Head + "Tất cả 38 cán bộ, nhân viên của Trung tâm đều được cấp hộp thư điện tử công vụ.";
        Assert.Equal([(ValueKind.Actual, 100m)], ExtractorHarness.KindsAndValues(text, "official_accounts_rate"));
        Assert.Empty(ExtractorHarness.Values(text, "official_email_accounts"));
    }

    [Fact]
    public void AccountsGivenToPeople_WithoutAll_AreACount()
    {
        const string text = Head + "Trung tâm đã cấp 38 hộp thư điện tử công vụ cho cán bộ, nhân viên.";
        Assert.Equal([(ValueKind.Actual, 38m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
    }

    [Theory]
    [InlineData("Chứng thư số: 2 của đơn vị, 15 của cán bộ lãnh đạo và kế toán.", "digital_signatures", 17)]
    [InlineData("Chứng thư số: đơn vị 02, viên chức phụ trách 11.", "digital_signatures", 13)]
    [InlineData("- Máy tính: trụ sở chính 40 máy; các trạm khuyến nông 12 máy.", "computers", 52)]
    [InlineData("- Máy tính: 20 máy để bàn ở các phòng; 6 máy xách tay cho cán bộ đi cơ sở.", "computers", 26)]
    public void PartsListedAfterALabel_AddUp(string sentence, string key, int sum)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)sum)], ExtractorHarness.KindsAndValues(Head + sentence, key));
    }

    [Theory]
    [InlineData("- Máy tính: 40 máy tính, 6 máy in.", 46)] // a printer is no computer
    [InlineData("Chứng thư số: tổng 17, trong đó 2 của đơn vị.", 19)] // a total and its part
    public void ACountOfAnotherThing_OrATotal_IsNoPartOfTheList(string sentence, int notSum)
    {
        Assert.DoesNotContain(ExtractorHarness.Values(Head + sentence, sentence.Contains("Máy") ? "computers" : "digital_signatures"),
            v => v.Value == notSum);
    }

    [Theory]
    [InlineData("Tổng số cán bộ, nhân viên: 212 người (giảm 9 người so với năm 2024).", "staff_total", 212)]
    [InlineData("Đường truyền Internet: tổng số 8 đường (trụ sở 2, mỗi trạm 1 đường).", "internet_lines", 8)]
    public void ATotalAfterTheLabel_WithItsChangeOrBreakdown_IsNoListOfParts(string sentence, string key, int total)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)total)], ExtractorHarness.KindsAndValues(Head + sentence, key));
    }

    [Theory]
    [InlineData("Có 25 giáo viên đã hoàn thành tập huấn kỹ năng số trong năm. Tỷ lệ này đạt 71,4%.", 71.4)]
    [InlineData("25 giáo viên đã được bồi dưỡng kỹ năng số cơ bản qua nền tảng trực tuyến; tỷ lệ 71,4%.", 71.4)]
    public void ABareRate_IsTheRateOfWhatTheSentenceBeforeCounted(string text, double rate)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)rate)], ExtractorHarness.KindsAndValues(Head + text, "staff_digital_skills_trained"));
    }

    [Fact]
    public void ARateThatNamesItsOwnThing_TakesNoLabelFromBefore()
    {
        const string text = Head + "Có 25 giáo viên đã hoàn thành tập huấn kỹ năng số trong năm. Tỷ lệ lấp đầy phòng học đạt 95%.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "staff_digital_skills_trained"), v => v.Value == 95m);
    }

    [Fact]
    public void ClustersAndThosePartOfThemThatUseIt_StateTheShare()
    {
        Assert.Equal([(ValueKind.Actual, 75m)],
            ExtractorHarness.KindsAndValues(Head + "Phường có 24 cụm loa, trong đó 18 cụm đã ứng dụng công nghệ thông tin - viễn thông.", "smart_loudspeaker_clusters"));
    }

    private const string OfficesTable = """
        | STT | Đơn vị | Máy tính (chiếc) | Chứng thư số |
        | 1 | Văn phòng Trung tâm | 30 | 8 |
        | 2 | Trạm Bắc | 12 | 3 |
        | 3 | Trạm Nam | 9 | 2 |

        """;

    [Fact]
    public void ATableTurnedTheOtherWay_WithoutATotalRow_AddsItsPartsUnsure()
    {
        var computers = ExtractorHarness.Single(Head + OfficesTable, "computers");
        Assert.Equal(51m, computers.Value);
        Assert.True(computers.Confidence < IndicatorValue.SureConfidence);
        Assert.Equal(13m, ExtractorHarness.Single(Head + OfficesTable, "digital_signatures").Value);
    }

    [Fact]
    public void ATableTurnedTheOtherWay_WithATotalRow_GivesTheTotal()
    {
        var text = Head + OfficesTable.TrimEnd() + "\n| | Tổng cộng | 50 | 13 |\n\n";
        Assert.Equal([(ValueKind.Actual, 50m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ATableOfYears_GivesTheReportsYearsRow()
    {
        const string text = Head + """
            | Năm | Chứng thư số | Văn bản đi được ký số (%) |
            | 2024 | 11 | 90,5 |
            | 2025 | 14 | 98,2 |

            """;
        Assert.Equal([(ValueKind.Actual, 14m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
        Assert.Equal([(ValueKind.Actual, 98.2m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }
}
