namespace TongHop.Core.Extraction;

public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
