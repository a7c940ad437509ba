namespace TongHop.Storage.Entities;

/// <summary>What kind of body an org unit is; the province is the root of the tree.</summary>
public enum OrgUnitKind
{
    Province,
    Department,
    Commune,
    Ward,
    SpecialZone,
    University,
    Other,
}
