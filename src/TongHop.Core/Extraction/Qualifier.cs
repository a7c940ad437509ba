namespace TongHop.Core.Extraction;

/// <summary>How a stated number is qualified: "trên 95%" is <see cref="GreaterThan"/>, "khoảng 600" <see cref="Approximately"/>.</summary>
public enum Qualifier
{
    Exact,
    GreaterThan,
    LessThan,
    Approximately,
}
