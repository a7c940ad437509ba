using System.Text.RegularExpressions;

namespace TongHop.Parsing;

/// <summary>
/// How the reading stages build their regular expressions: compiled once (static fields), culture-invariant and
/// with a match timeout. Every pattern is written with bounded repetitions and no nested quantifiers, so a match is
/// linear in practice; the timeout is the guard on hostile input. It is generous (10 s of wall time) because it counts
/// wall time, not CPU: on an overloaded machine a thread can wait seconds for a core, and a 2 s limit was seen to cut
/// normal reports short (the metadata stage then came back empty), and <see cref="RegexMatchTimeoutException"/> is
/// caught at each stage's entry, never thrown out of it. (Measured: the compiled backtracking engine reads a report
/// several times faster than <see cref="RegexOptions.NonBacktracking"/> with the captures these patterns need.)
/// </summary>
public static class Patterns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Regex Create(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);
}
