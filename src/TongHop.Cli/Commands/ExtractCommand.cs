using System.CommandLine;
using TongHop.Pipeline;
using TongHop.Pipeline.Output;

namespace TongHop.Cli.Commands;

/// <summary><c>tonghop extract FILE [--format json|text]</c>: metadata, sections, citations, indicators and findings.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The report to read (.txt, .docx, .pdf, .png/.jpg/.tif)." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (the extract contract) or text (a readable summary).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");

        var command = new Command("extract", "Read a report and print what TongHop extracts from it.") { file, format };
        command.SetAction(parse =>
        {
            var result = SharedPipeline.Instance.Run(parse.GetRequiredValue(file));
            if (!result.Succeeded)
            {
                stderr.WriteLine($"tonghop extract: {result.Error}");
                return ExitCodes.BadInput;
            }

            stdout.Write(parse.GetValue(format) == "text"
                ? TextSummaryWriter.ToText(result.Result)
                : ExtractJsonWriter.ToJson(result.Result) + "\n");
            stdout.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
