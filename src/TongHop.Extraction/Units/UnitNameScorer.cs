using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Units;

/// <summary>
/// How well a document's issuer names each of a province's org units: the one home of that knowledge, for the reading
/// (<see cref="IssuerUnitMatcher"/>) and for intake (which unit sent this file?), each applying its own decision. Pure
/// code: the caller passes the candidates (name, kind, parent). Names are compared by their parts, on folded text: a
/// local body ("UBND xã Đồng Lộc", "Đảng ủy phường …") by level and place name, with a commune named before the 2025
/// merger counted for the commune it went into; an agency ("Sở Y tế", "Công an tỉnh Ninh Bình") by its name and
/// province (a unit's province is its parent's when its name has none); anything else by its whole name, with the
/// parent's name after it set aside. The place of the date line and a "TM. ỦY BAN NHÂN DÂN" signature add to the
/// evidence. Each score says its <see cref="UnitMatchKind"/>, so a caller can refuse a name a few letters off.
/// </summary>
public static class UnitNameScorer
{
    private static AdministrativeUnits Units => AdministrativeUnits.Official;

    /// <summary>Every candidate that fits at all, with its confidence, kind of match and reasons, in candidate order.</summary>
    public static IEnumerable<UnitMatch> Score(DocumentMetadata document, IReadOnlyList<UnitCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        if (document.Issuer is null && document.Place is null)
        {
            yield break;
        }

        var issuer = document.Issuer is null ? null : NameParts.Parse(document.Issuer);
        foreach (var candidate in candidates)
        {
            var unit = NameParts.Parse(candidate.Name);
            var reasons = new List<string>();
            var (confidence, kind) = issuer is null ? PlaceOnly(document.Place!, unit, candidate, reasons) : Compare(issuer, unit, candidate, reasons);
            if (confidence <= 0)
            {
                continue;
            }

            confidence = Corroborate(document, unit, candidate, confidence, reasons);
            yield return new UnitMatch(candidate, Math.Round(Math.Min(0.99, confidence), 2), reasons, kind);
        }
    }

    private static (double, UnitMatchKind) Compare(NameParts issuer, NameParts unit, UnitCandidate candidate, List<string> reasons)
    {
        if (issuer.Key == unit.Key || issuer.Key == "ubnd " + unit.Key)
        {
            reasons.Add($"Tên cơ quan ban hành \"{issuer.Text}\" trùng tên đơn vị.");
            return (0.97, UnitMatchKind.SameName);
        }

        if (issuer.Level is { } level && issuer.Place is { } place)
        {
            return CompareLocal(issuer, level, place, unit, candidate, reasons);
        }

        if (issuer.Agency is { } agency && unit.Agency == agency)
        {
            var unitPlace = unit.Place ?? ParentPlace(candidate);
            if (issuer.Place is not null && unitPlace is not null && !SamePlace(issuer.Place, unitPlace))
            {
                return (0, UnitMatchKind.SameName); // the same department of another province
            }

            var placed = issuer.Place is null || unitPlace is not null;
            reasons.Add($"Cùng cơ quan \"{issuer.AgencyName}\"" + (placed ? "." : " (đơn vị không ghi tên tỉnh)."));
            return (placed ? 0.95 : 0.9, UnitMatchKind.SameName);
        }

        if (issuer.Agency is not null)
        {
            return (0, UnitMatchKind.SameName);
        }

        // A whole name ("Bệnh viện Đa khoa", "Trường THPT Lê Lợi"), the parent's name after it set aside on both sides.
        var (issuerKey, unitKey) = (WithoutParent(issuer.Key, candidate), WithoutParent(unit.Key, candidate));
        if (issuerKey == unitKey && issuerKey.Length > 0)
        {
            reasons.Add($"Tên cơ quan ban hành \"{issuer.Text}\" trùng tên đơn vị (không kể tên đơn vị cấp trên).");
            return (0.95, UnitMatchKind.SameName);
        }

        var limit = PlaceNames.Limit(unitKey);
        if (unitKey.Length >= 8 && EditDistance.Compute(issuerKey, unitKey, limit) <= limit)
        {
            reasons.Add($"Tên cơ quan ban hành \"{issuer.Text}\" gần đúng tên đơn vị (sai khác vài chữ).");
            return (0.8, UnitMatchKind.NearName);
        }

        return (0, UnitMatchKind.SameName);
    }

    private static (double, UnitMatchKind) CompareLocal(NameParts issuer, UnitLevel level, PlaceName place, NameParts unit, UnitCandidate candidate, List<string> reasons)
    {
        if (!LevelFits(level, unit, candidate.Kind))
        {
            return (0, UnitMatchKind.SameName);
        }

        double confidence;
        UnitMatchKind kind;
        if (unit.Place is { } unitPlace && SamePlace(place, unitPlace))
        {
            reasons.Add($"Cùng {level.Word()} \"{unitPlace.Original}\".");
            (confidence, kind) = (0.97, UnitMatchKind.SameName);
        }
        else if (unit.Place is { } near && EditDistance.Compute(place.Key, near.Key, PlaceNames.Limit(near.Key)) <= PlaceNames.Limit(near.Key))
        {
            reasons.Add($"Tên {level.Word()} \"{place.Original}\" gần đúng \"{near.Original}\" (sai khác vài chữ).");
            (confidence, kind) = (0.8, UnitMatchKind.NearName);
        }
        else if (unit.Place is { } merged && WentInto(place, merged))
        {
            reasons.Add($"{Capital(level.Word())} {place.Original} (trước sắp xếp năm 2025) nay thuộc {level.Word()} {merged.Original}.");
            (confidence, kind) = (0.8, UnitMatchKind.FormerCommune);
        }
        else
        {
            return (0, UnitMatchKind.SameName);
        }

        // The People's Committee is the commune's usual reporting body; its Party committee or council is its sister body.
        if (issuer.Body is { } body && body != "ubnd" && unit.Body != body)
        {
            reasons.Add($"Văn bản do {issuer.BodyName} ban hành, không phải UBND.");
            confidence -= 0.2;
        }

        return (confidence, kind);
    }

    // A document with no issuer: only its place, which alone is too weak for a department, enough to hint at a commune.
    private static (double, UnitMatchKind) PlaceOnly(string place, NameParts unit, UnitCandidate candidate, List<string> reasons)
    {
        if (unit.Place is null || candidate.Kind is not (UnitCandidateKind.Commune or UnitCandidateKind.Ward or UnitCandidateKind.SpecialZone) ||
            !SamePlace(PlaceName.Of(place), unit.Place))
        {
            return (0, UnitMatchKind.PlaceOnly);
        }

        reasons.Add($"Không đọc được cơ quan ban hành; địa danh \"{place}\" trùng tên đơn vị.");
        return (0.6, UnitMatchKind.PlaceOnly);
    }

    // "Tỉnh Quảng Ngãi" → the place "quang ngai": the province of a department whose name does not say it.
    private static PlaceName? ParentPlace(UnitCandidate candidate)
    {
        if (candidate.ParentName is not { } parent)
        {
            return null;
        }

        var key = AdministrativeUnits.Key(parent);
        if (!UnitLevels.TryRead(key, out var level, out var length) || length >= key.Length || !level.IsProvincial())
        {
            return null;
        }

        var placeKey = key[(length + 1)..];
        var words = parent.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return new PlaceName(string.Join(' ', words.Skip(Math.Max(0, words.Length - placeKey.Split(' ').Length))), placeKey);
    }

    private static string WithoutParent(string key, UnitCandidate candidate)
    {
        if (candidate.ParentName is not { } parent)
        {
            return key;
        }

        var parentKey = AdministrativeUnits.Key(parent);
        return parentKey.Length > 0 && key.Length > parentKey.Length && key.EndsWith(" " + parentKey, StringComparison.Ordinal) ? key[..^(parentKey.Length + 1)] : key;
    }

    private static double Corroborate(DocumentMetadata document, NameParts unit, UnitCandidate candidate, double confidence, List<string> reasons)
    {
        if (document.Issuer is not null && document.Place is { } place && unit.Place is { } unitPlace && SamePlace(PlaceName.Of(place), unitPlace))
        {
            reasons.Add($"Địa danh của ngày ban hành \"{place}\" trùng tên đơn vị.");
            confidence += 0.02;
        }

        if (document.Signer?.Title is { } title && title.Contains("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) &&
            candidate.Kind is UnitCandidateKind.Commune or UnitCandidateKind.Ward or UnitCandidateKind.SpecialZone or UnitCandidateKind.Province)
        {
            reasons.Add("Người ký thay mặt Ủy ban nhân dân.");
            confidence += 0.01;
        }

        return confidence;
    }

    private static bool LevelFits(UnitLevel level, NameParts unit, UnitCandidateKind kind)
    {
        if (unit.Level is { } unitLevel)
        {
            return unitLevel == level || (unitLevel.IsProvincial() && level.IsProvincial());
        }

        return kind switch
        {
            UnitCandidateKind.Commune => level is UnitLevel.Commune,
            UnitCandidateKind.Ward => level is UnitLevel.Ward,
            UnitCandidateKind.SpecialZone => level is UnitLevel.SpecialZone,
            UnitCandidateKind.Province => level.IsProvincial(),
            _ => false,
        };
    }

    private static bool SamePlace(PlaceName a, PlaceName b) => a.Key == b.Key;

    // A commune named as it was before 1 July 2025, now part of the candidate's commune.
    private static bool WentInto(PlaceName former, PlaceName current) =>
        Units.Named(former.Original).Where(u => u.Former && u.Level.IsCommunal())
            .SelectMany(Units.Successors)
            .Any(s => AdministrativeUnits.Key(s.Name) == current.Key);

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A place name as written and as compared.</summary>
    private sealed record PlaceName(string Original, string Key)
    {
        public static PlaceName Of(string text) => new(text.Trim(), AdministrativeUnits.Key(text));
    }

    /// <summary>A unit's or issuer's name read into its parts.</summary>
    private sealed record NameParts(string Text, string Key, string? Body, string? BodyName, UnitLevel? Level, PlaceName? Place, string? Agency, string? AgencyName)
    {
        private static readonly (string Folded, string Key, string Name)[] Bodies =
        [
            ("uy ban nhan dan ", "ubnd", "UBND"), ("ubnd ", "ubnd", "UBND"), ("hoi dong nhan dan ", "hdnd", "HĐND"), ("hdnd ", "hdnd", "HĐND"),
            ("dang uy ", "dang uy", "Đảng ủy"), ("cong an ", "cong an", "Công an"),
        ];

        public static NameParts Parse(string text)
        {
            var key = AdministrativeUnits.Key(text);
            if (AgencyNames.AtStart(text) is { Agency.Kind: not (AgencyKind.CommuneBody or AgencyKind.ProvincialBody or AgencyKind.UnitKind) })
            {
                return ParseAgency(text, key); // "Công an tỉnh Hà Tĩnh" is the provincial police, not a body of "tỉnh Hà Tĩnh"
            }

            var rest = key;
            string? body = null, bodyName = null;
            foreach (var (folded, bodyKey, name) in Bodies)
            {
                if (rest.StartsWith(folded, StringComparison.Ordinal))
                {
                    (body, bodyName, rest) = (bodyKey, name, rest[folded.Length..]);
                    break;
                }
            }

            if (UnitLevels.TryRead(rest, out var level, out var length) && length < rest.Length)
            {
                var placeKey = rest[(length + 1)..];
                var original = OriginalTail(text, placeKey);
                return new NameParts(text, Normalised(key), body, bodyName, level, new PlaceName(original, placeKey), null, null);
            }

            return ParseAgency(text, key, body, bodyName);
        }

        private static NameParts ParseAgency(string text, string key, string? body = null, string? bodyName = null)
        {
            if (AgencyNames.AtStart(text) is var (agency, agencyLength))
            {
                var after = AdministrativeUnits.Key(text[agencyLength..]);
                if (UnitLevels.TryRead(after, out _, out var levelLength) && levelLength < after.Length)
                {
                    after = after[(levelLength + 1)..]; // "Sở Y tế tỉnh Cao Bằng": the province
                }

                var agencyKey = AdministrativeUnits.Key(agency.Name);
                var place = after.Length > 0 && agency.Kind != AgencyKind.UnitKind ? new PlaceName(OriginalTail(text, after), after) : null;
                return agency.Kind == AgencyKind.UnitKind
                    ? new NameParts(text, Normalised(key), null, null, null, null, null, null)
                    : new NameParts(text, Normalised(key), null, null, null, place, agencyKey, agency.Name);
            }

            return new NameParts(text, Normalised(key), body, bodyName, null, null, null, null);
        }

        private static string Normalised(string key) =>
            key.StartsWith("uy ban nhan dan ", StringComparison.Ordinal) ? "ubnd " + key["uy ban nhan dan ".Length..] : key;

        // The words of text that the folded tail names, as written ("Đồng Lộc" for "dong loc").
        private static string OriginalTail(string text, string tailKey)
        {
            var words = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var count = tailKey.Split(' ').Length;
            return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
        }
    }
}
