using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Application.Intake;

/// <summary>
/// Whether the issuer read from a report's header ("UBND xã Sơn Mai", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", "Sở Tư pháp")
/// is the unit that sent it ("Xã Sơn Mai"). Names are compared folded (no diacritics, case or spacing), without the
/// body words before the place (UBND, Ủy ban nhân dân, HĐND, Đảng ủy) and without the level word (xã, phường,
/// đặc khu…). A former commune (before 1 July 2025) that went into the unit, by the official list, counts as the unit:
/// units still print their old header for a while.
/// </summary>
public static class IssuerMatch
{
    // The council or committee of a place written before the place (UBND, Ủy ban nhân dân, HĐND, Đảng ủy…), longer first.
    private static readonly string[] AuthorityWords = [.. BodyKinds.With(BodyRole.Authority).Select(k => AdministrativeUnits.Key(k.Words))];

    // How the name of a body that may send a report starts: any kind but an office inside a body (BodyKinds).
    private static readonly string[] BodyWords =
        [.. BodyKinds.With(BodyRole.Authority | BodyRole.Agency | BodyRole.Branch).Select(k => AdministrativeUnits.Key(k.Words))];

    public static bool IsSameUnit(string issuer, string unitName)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(unitName);
        var (issuerLevel, issuerPlace) = Place(issuer);
        var (_, unitPlace) = Place(unitName);
        if (issuerPlace.Length == 0 || unitPlace.Length == 0 || !LooksLikeBody(issuer))
        {
            return true; // nothing to compare ("Phụ lục" read as an issuer): never a warning on a guess
        }

        if (Contains(issuerPlace, unitPlace) || Contains(unitPlace, issuerPlace))
        {
            return true;
        }

        // A former commune the unit was formed from (its header before the merger).
        if (issuerLevel is { } level && level.IsCommunal())
        {
            var units = AdministrativeUnits.Official;
            return units.Named(issuerPlace).Where(u => u.Former && u.Level.IsCommunal())
                .SelectMany(units.Successors).Any(s => AdministrativeUnits.Key(s.Name) == unitPlace);
        }

        return false;
    }

    /// <summary>Whether the text names a body (UBND…, a level word, Sở…, Công an…), not some other first line of a document.</summary>
    public static bool LooksLikeBody(string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var key = AdministrativeUnits.Key(issuer);
        return BodyWords.Any(w => key.StartsWith(w + " ", StringComparison.Ordinal))
            || (UnitLevels.TryRead(key, out _, out var length) && length < key.Length);
    }

    /// <summary>The level word and the folded place name of a unit's or issuer's name.</summary>
    private static (UnitLevel? Level, string Place) Place(string name)
    {
        var key = AdministrativeUnits.Key(name);
        foreach (var body in AuthorityWords)
        {
            if (key.StartsWith(body + " ", StringComparison.Ordinal))
            {
                key = key[(body.Length + 1)..];
                break;
            }
        }

        if (UnitLevels.TryRead(key, out var level, out var length) && length < key.Length)
        {
            return (level, key[length..].Trim());
        }

        return (null, key);
    }

    private static bool Contains(string text, string part) => text == part || FoldedWords.Has(text, part);
}
