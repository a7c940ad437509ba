using System.CommandLine;
using TongHop.Core.Contract;
using TongHop.Core.Documents;
using TongHop.Pipeline;
using TongHop.Pipeline.Output;
using TongHop.Reading;

namespace TongHop.Cli.Commands;

/// <summary><c>tonghop extract FILE [--format json|text] [--request DISPATCH]</c>: what TongHop reads from a report.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = $"The report to read ({SupportedFormats.Extensions})." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (the extract contract) or text (a readable summary).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var request = new Option<string>("--request")
        {
            Description = "The request for reports (dispatch) that FILE answers; FILE's sections are checked against its outline.",
        };

        var command = new Command("extract", "Read a report and print what TongHop extracts from it.") { file, format, request };
        command.SetAction(parse =>
        {
            if (!TryReadRequest(parse.GetValue(request), stderr, out var answered))
            {
                return ExitCodes.BadInput;
            }

            PipelineResult result;
            using (var progress = new ProgressPrinter(stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected))
            {
                result = SharedPipeline.Instance.Run(parse.GetRequiredValue(file), answered, progress);
            }

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

    private static bool TryReadRequest(string? path, TextWriter stderr, out ReportRequestInfo? request)
    {
        request = null;
        if (path is null)
        {
            return true;
        }

        var dispatch = SharedPipeline.Instance.Run(path);
        request = dispatch.Result?.Request;
        var error = dispatch.Error ?? (request is null ? $"{path} is not a request for reports (no deadline or outline found)" : null);
        if (error is not null)
        {
            stderr.WriteLine($"tonghop extract: --request: {error}");
        }

        return error is null;
    }
}
