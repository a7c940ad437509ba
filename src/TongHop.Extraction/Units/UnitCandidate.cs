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

/// <summary>The unit a document was matched to, how sure the match is (0–1) and why, in Vietnamese.</summary>
public sealed record UnitMatch(UnitCandidate Unit, double Confidence, IReadOnlyList<string> Reasons);
