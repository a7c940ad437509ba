namespace TongHop.Core.Extraction;

/// <summary>Whether a value is a result achieved (or a state that holds) or a goal/plan.</summary>
public enum ValueKind
{
    Actual,
    Target,
}
