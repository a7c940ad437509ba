using System.CommandLine;
using TongHop.Cli.Commands;

namespace TongHop.Cli;

/// <summary>The <c>tonghop</c> command line: its commands are listed here, each built in its own file.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("TongHop: reads Vietnamese unit reports (text, DOCX, PDF, scans) and synthesises them.")
        {
            ExtractCommand.Create(stdout, stderr),
            RestoreCommand.Create(stdout, stderr),
            LmTrainCommand.Create(stdout, stderr),
            ServeCommand.Create(),
            AdminCommand.Create(stdout, stderr),
            SearchCommand.Create(stdout, stderr),
            SynthesizeCommand.Create(stdout, stderr),
            IntakeCommand.Create(stdout, stderr),
            RemindCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"tonghop: {error.Message}");
            }

            stderr.WriteLine("Run 'tonghop --help' or 'tonghop COMMAND --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
