namespace TongHop.Text.Normalization;

/// <summary>Letter-case tests used to recognise headings and header lines ("CỘNG HÒA XÃ HỘI…", "I. KẾT QUẢ").</summary>
public static class LetterCase
{
    /// <summary>At least 3 letters, of which at least 70 % are upper case (OCR turns a few capitals into lower case).</summary>
    public static bool IsMostlyUpper(string text)
    {
        int upper = 0, letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 3 && upper * 10 >= letters * 7;
    }
}
