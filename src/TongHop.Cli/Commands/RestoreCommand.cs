using System.CommandLine;

namespace TongHop.Cli.Commands;

/// <summary><c>tonghop restore FILE</c>: the repaired text, line for line.</summary>
internal static class RestoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The text or document to repair." };
        var command = new Command("restore", "Print the repaired Vietnamese text of FILE, with the same line breaks.") { file };
        command.SetAction(parse =>
        {
            var read = SharedPipeline.Instance.Reader.Read(parse.GetRequiredValue(file));
            if (!read.Succeeded)
            {
                stderr.WriteLine($"tonghop restore: {read.Error}");
                return ExitCodes.BadInput;
            }

            stdout.Write(SharedPipeline.Instance.Repairer.Repair(read.Source.Text).Restored);
            stdout.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
