namespace TongHop.Storage.Entities;

/// <summary>A reviewer's verdict on an extracted value; <see cref="Auto"/> until someone looks.</summary>
public enum ReviewState
{
    Auto,
    Confirmed,
    Corrected,
    Rejected,
}
