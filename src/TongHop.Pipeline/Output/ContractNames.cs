using TongHop.Core.Extraction;

namespace TongHop.Pipeline.Output;

/// <summary>The names the extract contract uses for enum values.</summary>
public static class ContractNames
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Target => "target",
        _ => "actual",
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.GreaterThan => "gt",
        Qualifier.LessThan => "lt",
        Qualifier.Approximately => "approx",
        _ => "exact",
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Error => "error",
        _ => "warning",
    };
}
