namespace TongHop.Storage.Entities;

/// <summary>An indicator a request asks for.</summary>
public sealed class RequestIndicator
{
    public int RequestId { get; set; }

    public required string IndicatorKey { get; set; }
}
