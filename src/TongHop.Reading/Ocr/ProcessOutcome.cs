namespace TongHop.Reading.Ocr;

/// <summary>What an external command did: its exit code and output, or that it timed out or could not start.</summary>
internal sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError, bool TimedOut, string? StartError)
{
    public bool Succeeded => StartError is null && !TimedOut && ExitCode == 0;

    /// <summary>One line for an error message: why the command did not succeed.</summary>
    public string Describe(string command, TimeSpan timeout) =>
        StartError is not null ? $"{command} could not be started ({StartError}); is it installed?"
        : TimedOut ? $"{command} took longer than {timeout.TotalSeconds:0} s and was stopped"
        : $"{command} failed with exit code {ExitCode}: {FirstLine(StandardError)}";

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
