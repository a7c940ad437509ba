namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// Splits folded text into the words the catalog is matched on: runs of letters and digits ("4g", "km2",
/// "cntt"); everything else separates words.
/// </summary>
public static class CatalogWords
{
    public static IEnumerable<string> Split(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
