namespace TongHop.Search.Querying;

/// <summary>
/// Which units' reports a caller may find, applied inside the index query (before ranking and paging), never to
/// a page of results afterwards. <see cref="All"/> for province-wide roles, <see cref="OfUnit"/> for a unit
/// reporter, <see cref="Nothing"/> for a reporter without a unit or an anonymous caller.
/// </summary>
public readonly record struct SearchScope
{
    private SearchScope(bool everything, int? unitId) => (Everything, UnitId) = (everything, unitId);

    public bool Everything { get; }

    /// <summary>The only unit visible, when <see cref="Everything"/> is false; null for nothing at all.</summary>
    public int? UnitId { get; }

    public bool IsNothing => !Everything && UnitId is null;

    public static SearchScope All => new(true, null);

    public static SearchScope Nothing => new(false, null);

    public static SearchScope OfUnit(int unitId) => new(false, unitId);

    public bool Allows(int unitId) => Everything || UnitId == unitId;
}
