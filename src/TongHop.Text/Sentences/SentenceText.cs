using System.Text;
using TongHop.Core;

namespace TongHop.Text.Sentences;

/// <summary>Turns a sentence span into evidence text: each line break, with the spaces around it, becomes one space.</summary>
public static class SentenceText
{
    public static string Evidence(string text, TextSpan span)
    {
        var slice = text.AsSpan(span.Start, span.Length);
        if (slice.IndexOf('\n') < 0)
        {
            return slice.ToString();
        }

        var builder = new StringBuilder(slice.Length);
        var i = 0;
        while (i < slice.Length)
        {
            i = AppendFrom(builder, slice, i);
        }

        return builder.ToString();
    }

    private static int AppendFrom(StringBuilder builder, ReadOnlySpan<char> slice, int i)
    {
        if (!char.IsWhiteSpace(slice[i]))
        {
            builder.Append(slice[i]);
            return i + 1;
        }

        var end = i;
        var hasBreak = false;
        while (end < slice.Length && char.IsWhiteSpace(slice[end]))
        {
            hasBreak |= slice[end] is '\n' or '\r';
            end++;
        }

        builder.Append(hasBreak ? " " : slice[i..end]);
        return end;
    }
}
