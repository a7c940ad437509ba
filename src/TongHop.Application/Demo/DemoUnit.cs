using TongHop.Storage.Entities;

namespace TongHop.Application.Demo;

/// <summary>
/// A unit of the demo province and how it answers the demo request: <see cref="HoursFromDeadline"/>
/// negative = on time, positive = late, null = never sent (missing).
/// </summary>
public sealed record DemoUnit(
    string Code,
    string Name,
    OrgUnitKind Kind,
    string Issuer,
    string Short,
    string Contact,
    string Phone,
    string Template,
    string Signer,
    int? HoursFromDeadline);
