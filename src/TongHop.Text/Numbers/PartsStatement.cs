namespace TongHop.Text.Numbers;

/// <summary>
/// A total broken down into parts in one statement: "11 trạm phát sóng …, trong đó: VNPT 02 trạm,
/// Viettel 09 trạm". The parts have the total's noun (or are money, like the total).
/// </summary>
public sealed record PartsStatement(Quantity Total, IReadOnlyList<Quantity> Parts)
{
    public decimal PartsSum => Parts.Sum(p => p.Value);

    public bool AddsUp => PartsSum == Total.Value;
}
