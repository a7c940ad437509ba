using System.Text.RegularExpressions;

namespace TongHop.Repair.Training;

/// <summary>
/// Since the reform of 1 July 2025 a ward (phường) and a commune (xã) are the same level of local government, and their
/// reports are written alike ("Bộ máy của xã gồm …", "Bộ máy của phường gồm …"); the legal corpus and the domain text
/// write the commune far more often (law's "phường" stands mostly in "xã, phường, thị trấn"). A line that names the
/// commune level and not the ward is therefore also trained on as its twin with the ward's word, so that what follows
/// and precedes "xã" in prose is learnt for "phường" too. "xã hội" (society) and "hợp tác xã" (a cooperative) are no level.
/// </summary>
public static partial class LevelTwins
{
    /// <summary>The ward's word, as the language model's vocabulary holds it.</summary>
    public const string Ward = "phường";

    /// <summary>Marks a twin among the trainer's lines: only its trigrams that hold <see cref="Ward"/> are counted.</summary>
    public const char Marker = '\u0001';

    /// <summary>The line with every level word "xã" read as "phường" (case kept), or null when it has none or names a ward already.</summary>
    public static string? Twin(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains("xã", StringComparison.OrdinalIgnoreCase) || line.Contains("phường", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var changed = false;
        var twin = LevelWord().Replace(line, match =>
        {
            changed = true;
            return match.Value switch { "XÃ" => "PHƯỜNG", "Xã" => "Phường", _ => "phường" };
        });
        return changed ? twin : null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<!tác )(xã|Xã|XÃ)(?![\p{L}\p{M}])(?! hội)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelWord();
}
