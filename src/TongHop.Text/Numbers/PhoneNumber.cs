namespace TongHop.Text.Numbers;

/// <summary>
/// Vietnamese phone numbers ("0255 3822 117", "0914.123.456", "+84 914 123 456"): 9 to 12 digits in
/// groups, starting with 0 or +84. They are never quantities.
/// </summary>
internal static class PhoneNumber
{
    /// <summary>The end of the phone number starting at <paramref name="start"/>, or -1 when there is none.</summary>
    public static int EndAt(string text, int start)
    {
        var international = start > 0 && text[start - 1] == '+';
        if (text[start] != '0' && !international)
        {
            return -1;
        }

        var digits = 0;
        var i = start;
        var end = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ' ' or '.' or '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
                end = i + 1;
            }

            i++;
        }

        return digits is >= 9 and <= 13 ? end : -1;
    }
}
