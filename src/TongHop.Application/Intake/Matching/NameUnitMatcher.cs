using TongHop.Core.Documents;
using TongHop.Storage.Entities;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Application.Intake.Matching;

/// <summary>
/// Matches an issuer to a unit by name, on folded text (<see cref="AdministrativeUnits.Key"/>): the body word that
/// precedes a local unit's name ("UBND", "Ủy ban nhân dân", "Đảng ủy", "HĐND") and the province name after an agency's
/// ("Sở Y tế tỉnh Quảng Ngãi" for the unit "Sở Y tế" of "Tỉnh Quảng Ngãi") are set aside; the same name is sure, a
/// name a few letters off (OCR, or another commune) only a proposal; a Party committee or council is its commune's sister body, less sure again.
/// A document whose issuer was not read is placed by the place of its date line alone, never surely.
/// </summary>
public sealed class NameUnitMatcher : IUnitMatcher
{
    private static readonly (string Prefix, string Body)[] Bodies =
    [
        ("uy ban nhan dan ", "ubnd"), ("ubnd ", "ubnd"), ("dang uy ", "dang uy"), ("hoi dong nhan dan ", "hdnd"), ("hdnd ", "hdnd"),
    ];

    private static readonly string[] LocalLevels = ["xa ", "phuong ", "dac khu ", "thi tran "];

    public UnitMatchResult Match(DocumentMetadata document, IReadOnlyList<IntakeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        if (document.Issuer is null && document.Place is null)
        {
            return UnitMatchResult.None;
        }

        var scores = new List<UnitScore>();
        foreach (var unit in units)
        {
            var reasons = new List<string>();
            var confidence = document.Issuer is { } issuer ? ByIssuer(issuer, unit, reasons) : ByPlace(document.Place!, unit, reasons);
            if (confidence <= 0)
            {
                continue;
            }

            if (document.Issuer is not null && document.Place is { } place && PlaceKey(unit) is { } unitPlace && AdministrativeUnits.Key(place) == unitPlace)
            {
                reasons.Add($"Địa danh ghi ở dòng ngày tháng \"{place}\" trùng tên đơn vị.");
                confidence += 0.02;
            }

            scores.Add(new UnitScore(unit, Math.Round(Math.Min(0.99, confidence), 2), reasons));
        }

        return UnitMatchResult.Decide(scores);
    }

    private static double ByIssuer(string issuer, IntakeUnit unit, List<string> reasons)
    {
        var (issuerBody, issuerName) = SplitBody(AdministrativeUnits.Key(issuer));
        var (unitBody, unitName) = SplitBody(AdministrativeUnits.Key(unit.Name));
        if (unit.ParentName is { } parent)
        {
            issuerName = WithoutSuffix(issuerName, AdministrativeUnits.Key(parent));
            unitName = WithoutSuffix(unitName, AdministrativeUnits.Key(parent));
        }

        double confidence;
        if (issuerName.Length == 0 || unitName.Length == 0)
        {
            return 0;
        }

        if (issuerName == unitName)
        {
            reasons.Add($"Cơ quan ban hành \"{issuer}\" trùng tên đơn vị \"{unit.Name}\".");
            confidence = 0.97;
        }
        else if (unitName.Length >= 8 && EditDistance.Compute(issuerName, unitName, Limit(unitName)) <= Limit(unitName))
        {
            reasons.Add($"Cơ quan ban hành \"{issuer}\" gần đúng tên đơn vị \"{unit.Name}\" (sai khác vài chữ): cần người xác nhận.");
            confidence = 0.65; // a letter off may be OCR, or another commune's name: never sure on its own
        }
        else
        {
            return 0;
        }

        if (issuerBody is { } body && body != "ubnd" && body != unitBody)
        {
            reasons.Add($"Văn bản do {BodyName(body)} ban hành, không phải UBND.");
            confidence -= 0.2;
        }

        return confidence;
    }

    private static double ByPlace(string place, IntakeUnit unit, List<string> reasons)
    {
        if (unit.Kind is not (OrgUnitKind.Commune or OrgUnitKind.Ward or OrgUnitKind.SpecialZone) || PlaceKey(unit) != AdministrativeUnits.Key(place))
        {
            return 0;
        }

        reasons.Add($"Không đọc được cơ quan ban hành; địa danh \"{place}\" trùng tên đơn vị.");
        return 0.6;
    }

    // "xa tinh phong" → "tinh phong": a local unit's place name without its level word.
    private static string? PlaceKey(IntakeUnit unit)
    {
        var key = SplitBody(AdministrativeUnits.Key(unit.Name)).Name;
        return LocalLevels.FirstOrDefault(l => key.StartsWith(l, StringComparison.Ordinal)) is { } level ? key[level.Length..] : null;
    }

    private static (string? Body, string Name) SplitBody(string key)
    {
        foreach (var (prefix, body) in Bodies)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (body, key[prefix.Length..]);
            }
        }

        return (null, key);
    }

    private static string WithoutSuffix(string key, string parentKey) =>
        parentKey.Length > 0 && key.Length > parentKey.Length && key.EndsWith(" " + parentKey, StringComparison.Ordinal) ? key[..^(parentKey.Length + 1)] : key;

    // One letter off per eight, at most two: OCR's typos, not another unit's name.
    private static int Limit(string key) => Math.Min(2, key.Length / 8);

    private static string BodyName(string body) => body switch
    {
        "dang uy" => "Đảng ủy",
        "hdnd" => "HĐND",
        _ => body,
    };
}
