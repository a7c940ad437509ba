using TongHop.Core.Extraction;

namespace TongHop.Core.Contract;

/// <summary>
/// The names the extract contract (and the HTTP API, which uses the same) gives enum values, both ways: one name
/// each, e.g. <c>gt</c> for <see cref="Qualifier.GreaterThan"/>.
/// </summary>
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

    public static bool TryParse(string? name, out ValueKind kind) => TryParse(name, Enum.GetValues<ValueKind>(), Of, out kind);

    public static bool TryParse(string? name, out Qualifier qualifier) => TryParse(name, Enum.GetValues<Qualifier>(), Of, out qualifier);

    public static bool TryParse(string? name, out FindingSeverity severity) => TryParse(name, Enum.GetValues<FindingSeverity>(), Of, out severity);

    private static bool TryParse<T>(string? name, T[] values, Func<T, string> nameOf, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in values)
        {
            if (nameOf(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
