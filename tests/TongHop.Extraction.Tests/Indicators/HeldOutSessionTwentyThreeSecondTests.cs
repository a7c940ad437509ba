using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 23 by h33 (tests/fixtures/reading-heldout: a Department of Science and
/// Technology, a vocational college, a grassroots social-insurance office, a nature reserve, a land registration office, a
/// port authority), tested here in other sentences: the report's year is not the year it compares itself with, a clause
/// with a result word of its own does not share the plan word of the clause before, a later clause of another year ends a
/// list of parts after a label, and the months so far beside the year's estimate are not the year's value.
/// </summary>
public sealed class HeldOutSessionTwentyThreeSecondTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void AYearComparedWith_IsNotTheReportsYear()
    {
        // 2024 is written three times, each only as what the figures are compared with: the report is on 2025, so its
        // 2025 money is spent, not planned.
        const string text = "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2025\n\nI. KẾT QUẢ\n" +
                            "Số máy tính của đơn vị là 64 máy, nhiều hơn so với năm 2024 là 6 máy.\n" +
                            "Số tin, bài đăng trên cổng thông tin là 230 tin, bài, tăng 12% so với cùng kỳ năm 2024.\n" +
                            "Số cuộc họp trực tuyến là 14 cuộc, cao hơn năm 2024.\n" +
                            "Kinh phí cho chuyển đổi số của đơn vị năm 2025 là 820 triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 820_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AYearNamedForItsOwnFigures_StillCountsForTheReportsYear()
    {
        // A report on 2024 that names 2024 for its own figures: a figure of 2025 in it is a plan.
        const string text = "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2024\n\nI. KẾT QUẢ\n" +
                            "Năm 2024 đơn vị có 58 máy tính; trong năm 2024 đã tổ chức 11 cuộc họp trực tuyến.\n" +
                            "Kinh phí cho chuyển đổi số năm 2025 là 900 triệu đồng.\n";
        Assert.Equal([(ValueKind.Target, 900_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AClauseWithAResultWordOfItsOwn_DoesNotShareThePlanWordBefore()
    {
        const string text = Head + "Dự toán giao cho chuyển đổi số là 1,2 tỷ đồng; kinh phí đã giải ngân 1,05 tỷ đồng.\n";
        Assert.Contains(ExtractorHarness.Values(text, "budget_spent"), v => v.Value == 1_050_000_000m && v.Kind == ValueKind.Actual);
        Assert.DoesNotContain(ExtractorHarness.Values(text, "budget_spent"), v => v.Value == 1_050_000_000m && v.Kind == ValueKind.Target);
    }

    [Fact]
    public void AClauseWithoutAResultWord_StillSharesThePlanWordBefore()
    {
        const string text = Head + "Phấn đấu tổ chức 30 cuộc họp trực tuyến; 100% văn bản đi được ký số.\n";
        Assert.Equal([(ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void PartsAfterALabel_EndBeforeAClauseOfAnEarlierYear()
    {
        const string text = Head + "Chữ ký số: 02 của cơ quan, 13 của cá nhân; cuối năm 2024 chỉ có 06.\n";
        Assert.Equal([(ValueKind.Actual, 15m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void PartsAfterALabel_InAClauseOfTheReportsYear_StillAddUp()
    {
        const string text = Head + "Chứng thư số: cơ quan 02; cá nhân đến hết năm 2025 là 11.\n";
        Assert.Equal([(ValueKind.Actual, 13m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void TheMonthsSoFar_BesideTheYearsEstimate_AreNotTheValue()
    {
        const string text = Head + """
            | STT | Nội dung | ĐVT | Kế hoạch năm | Thực hiện 10 tháng | Ước cả năm |
            | 1 | Cuộc họp trực tuyến | cuộc | 8 | 7 | 9 |
            | 2 | Văn bản đi được ký số | % | 95 | 96,1 | 96,4 |

            """;
        Assert.Equal([(ValueKind.Actual, 9m), (ValueKind.Target, 8m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 96.4m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void TheMonthsSoFar_BesideTheYearsPlanOnly_AreTheValue()
    {
        const string text = Head + """
            | STT | Nội dung | ĐVT | Kế hoạch năm 2025 | Thực hiện 9 tháng |
            | 1 | Cuộc họp trực tuyến | cuộc | 12 | 9 |

            """;
        Assert.Equal([(ValueKind.Actual, 9m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void AnEarlierYearsResult_BeforeTheMonthsSoFar_DoesNotSetThemAside()
    {
        const string text = Head + """
            | STT | Nội dung | ĐVT | Thực hiện năm 2024 | Thực hiện 9 tháng năm 2025 |
            | 1 | Cuộc họp trực tuyến | cuộc | 10 | 8 |

            """;
        Assert.Equal([(ValueKind.Actual, 8m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void AnAmountUnderABudgetHeading_WithoutAWordOfItsOwn_IsTheBudget()
    {
        const string text = Head + "\n3. Kinh phí\n\nNăm 2025: 240 triệu đồng, chủ yếu để thuê đường truyền và bảo trì máy chủ.\n";
        var value = Assert.Single(ExtractorHarness.Values(text, "budget_spent"));
        Assert.Equal((ValueKind.Actual, 240_000_000m), (value.Kind, value.Value));
        Assert.True(value.Confidence < 0.9);
    }

    [Fact]
    public void AnAmountUnderAnotherHeading_IsNoBudget()
    {
        const string text = Head + "\n3. Hạ tầng kỹ thuật\n\nNăm 2025: 240 triệu đồng, chủ yếu để thuê đường truyền và bảo trì máy chủ.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Fact]
    public void AnAmountUnderAHeadingOfNeeds_IsNoBudgetSpent()
    {
        const string text = Head + "\n3. Nhu cầu kinh phí\n\nNăm 2026: 1,5 tỷ đồng để thay thế máy chủ.\n";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
    }

    [Theory]
    [InlineData("hoàn thành cấp 500 chữ ký số cho cán bộ, người dân", "digital_signatures", 500)]
    [InlineData("hoàn thành tổ chức 24 cuộc họp trực tuyến", "online_meetings", 24)]
    [InlineData("kết quả cấp 500 chữ ký số cho cán bộ, người dân", "digital_signatures", 500)]
    public void AClauseWithOnlyAWordOfDoing_StillSharesThePlanWordBefore(string clause, string key, int value)
    {
        // "hoàn thành" and "kết quả" say what the plan wants done, not that it is done: the clause stays a target.
        var text = Head + "Năm 2026, phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; " + clause + ".\n";
        Assert.Equal([(ValueKind.Target, (decimal)value)], ExtractorHarness.KindsAndValues(text, key));
    }

    [Theory]
    [InlineData("đã cấp 500 chữ ký số cho cán bộ, người dân")]
    [InlineData("lũy kế cấp 500 chữ ký số cho cán bộ, người dân")]
    [InlineData("đến nay cấp 500 chữ ký số cho cán bộ, người dân")]
    public void AClauseWithAPastMarkerOfItsOwn_DoesNotShareThePlanWordBefore(string clause)
    {
        var text = Head + "Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; " + clause + ".\n";
        Assert.Equal([(ValueKind.Actual, 500m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void TheMonthsSoFar_InAReportOfThoseMonths_AreTheValue()
    {
        // A six-month report: its own period is the six months; the year's estimate beside them is a look ahead.
        const string text = "BÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2025\n\nI. KẾT QUẢ\n" + """
            | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước cả năm |
            | Số cuộc họp trực tuyến | 40 | 18 | 38 |

            """;
        Assert.Equal([(ValueKind.Actual, 18m), (ValueKind.Target, 40m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void TheMonthsSoFar_InAReportOfOtherMonths_AreNotTheValue()
    {
        // A nine-month report with a six-month column: the six months are not its period, the estimate is read.
        const string text = "BÁO CÁO\nKết quả chuyển đổi số 9 tháng đầu năm 2025\n\nI. KẾT QUẢ\n" + """
            | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước cả năm |
            | Số cuộc họp trực tuyến | 40 | 18 | 38 |

            """;
        Assert.DoesNotContain(ExtractorHarness.KindsAndValues(text, "online_meetings"), v => v == (ValueKind.Actual, 18m));
    }
}
