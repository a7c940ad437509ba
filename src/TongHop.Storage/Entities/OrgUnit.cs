namespace TongHop.Storage.Entities;

/// <summary>
/// A reporting unit in the province tree (province → department / commune / ward / special zone …).
/// <see cref="OpenedOn"/> and <see cref="ClosedOn"/> (both inclusive) let units merged or created
/// mid-year keep their history without distorting the reporting rates of requests they were not part of.
/// </summary>
public sealed class OrgUnit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }
}
