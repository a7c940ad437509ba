namespace TongHop.Extraction.Units;

/// <summary>What kind of body an org unit is (the same kinds as the database's org units).</summary>
public enum UnitCandidateKind
{
    Province,
    Department,
    Commune,
    Ward,
    SpecialZone,
    University,
    Other,
}

/// <summary>An org unit a document may come from: its id, name ("Xã Tịnh Phong", "UBND phường Cẩm Thành", "Sở Y tế"), kind and parent's name.</summary>
public sealed record UnitCandidate(string Id, string Name, UnitCandidateKind Kind, string? ParentName = null);

/// <summary>How an issuer's name fits a unit's.</summary>
public enum UnitMatchKind
{
    /// <summary>The same name once folded and the body word, level word or parent set aside (also the same agency of the same province).</summary>
    SameName,

    /// <summary>A commune named as before the 1 July 2025 merger, which went into the unit.</summary>
    FormerCommune,

    /// <summary>A name a few letters off: an OCR slip, or another unit's name.</summary>
    NearName,

    /// <summary>No issuer read; the place of the date line is the unit's place.</summary>
    PlaceOnly,
}

/// <summary>A unit a document was scored against, how well it fits (0–1), why (Vietnamese) and by what kind of match.</summary>
public sealed record UnitMatch(UnitCandidate Unit, double Confidence, IReadOnlyList<string> Reasons, UnitMatchKind Kind);
