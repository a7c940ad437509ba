namespace TongHop.Cli;

/// <summary>Exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>An internal error that should not happen; the message says so.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The input file is missing, unreadable or of an unsupported format.</summary>
    public const int BadInput = 3;
}
