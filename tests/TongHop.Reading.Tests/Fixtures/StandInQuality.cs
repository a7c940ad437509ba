namespace TongHop.Reading.Tests.Fixtures;

/// <summary>
/// A stand-in for the Text stage's <c>TextQuality.Measure</c> (not merged yet): the share of letters
/// that only Vietnamese writes (ă â đ ê ô ơ ư and the tone-marked vowels), scaled so that ordinary
/// Vietnamese prose (about 25 % of letters) scores 1. English OCR of Vietnamese has almost none.
/// </summary>
public static class StandInQuality
{
    private const string VietnameseLetters =
        "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    public static double Measure(string text)
    {
        var letters = text.Count(char.IsLetter);
        if (letters == 0)
        {
            return 0;
        }

        var vietnamese = text.Count(c => VietnameseLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
        return Math.Min(1.0, vietnamese / (double)letters / 0.15);
    }
}
