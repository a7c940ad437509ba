using TongHop.Core.Documents;
using TongHop.Extraction.Units;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake.Matching;

/// <summary>
/// Intake's decision over the one name scorer (<see cref="UnitNameScorer"/>, shared with the reading): the same name
/// (body word, level word, province or parent set aside), or a commune named as before the 2025 merger, may be sure; a
/// name a few letters off (OCR, or another commune) is only ever a proposal (<see cref="NearNameCeiling"/>, below
/// <see cref="UnitMatchResult.MinConfidence"/>), which the reading accepts and intake must not file alone; a Party
/// committee or council is its commune's sister body, less sure; a document whose issuer was not read is placed by the
/// place of its date line alone, never surely.
/// </summary>
public sealed class NameUnitMatcher : IUnitMatcher
{
    /// <summary>The most a name a few letters off may score at intake: a person confirms it.</summary>
    public const double NearNameCeiling = 0.6;

    public UnitMatchResult Match(DocumentMetadata document, IReadOnlyList<IntakeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        var unitOf = new Dictionary<UnitCandidate, IntakeUnit>(units.Count, ReferenceEqualityComparer.Instance);
        foreach (var u in units)
        {
            unitOf[new UnitCandidate(u.Code, u.Name, KindOf(u.Kind), u.ParentName)] = u;
        }

        var scores = UnitNameScorer.Score(document, [.. unitOf.Keys]).Select(m =>
        {
            var unit = unitOf[m.Unit];
            if (m.Kind != UnitMatchKind.NearName)
            {
                return new UnitScore(unit, m.Confidence, m.Reasons);
            }

            return new UnitScore(unit, Math.Min(m.Confidence, NearNameCeiling), [.. m.Reasons, "Tên sai khác vài chữ: cần người xác nhận."]);
        });
        return UnitMatchResult.Decide(scores);
    }

    private static UnitCandidateKind KindOf(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Province => UnitCandidateKind.Province,
        OrgUnitKind.Department => UnitCandidateKind.Department,
        OrgUnitKind.Commune => UnitCandidateKind.Commune,
        OrgUnitKind.Ward => UnitCandidateKind.Ward,
        OrgUnitKind.SpecialZone => UnitCandidateKind.SpecialZone,
        OrgUnitKind.University => UnitCandidateKind.University,
        _ => UnitCandidateKind.Other,
    };
}
