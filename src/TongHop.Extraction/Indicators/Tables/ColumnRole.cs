namespace TongHop.Extraction.Indicators.Tables;

/// <summary>What a table column holds, read from its title.</summary>
internal enum ColumnRole
{
    /// <summary>A title the reader does not know: never read as a value.</summary>
    Other,

    /// <summary>"STT", "TT": the row number, never a value.</summary>
    Index,

    /// <summary>"Chỉ tiêu", "Nội dung": what the row is about.</summary>
    Label,

    /// <summary>"Đơn vị tính", "ĐVT": the row's unit of measure.</summary>
    Unit,

    /// <summary>"Kế hoạch", "Mục tiêu", "Chỉ tiêu" over numbers: planned values (targets).</summary>
    Target,

    /// <summary>"Thực hiện", "Kết quả", "Số liệu": achieved values.</summary>
    Actual,

    /// <summary>"Tỷ lệ (%)" beside counts: the achieved share, for a share indicator.</summary>
    Share,

    /// <summary>"So sánh", "Tỷ lệ so với KH", "Tăng, giảm": comparisons, never values.</summary>
    Compare,

    /// <summary>"Ghi chú": notes (a fraction there may give a share's numerator and denominator).</summary>
    Note,

    /// <summary>"Cùng kỳ", "Năm trước", "Lũy kế": another period's figures, not the report's.</summary>
    OtherPeriod,
}
