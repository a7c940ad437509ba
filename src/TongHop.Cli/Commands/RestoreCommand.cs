using System.CommandLine;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop restore FILE [--from ocr]</c>: the repaired text, line for line. A scan or image is read by TongHop's OCR and
/// repaired as Tesseract-Vietnamese output; <c>--from ocr</c> says a text file holds such output (to measure the repair).
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The text or document to repair." };
        var from = new Option<string>("--from")
        {
            Description = "Where the text came from: ocr (Tesseract's Vietnamese model) or text (anything else); default: as read.",
        };
        from.AcceptOnlyFromAmong("ocr", "text");
        var command = new Command("restore", "Print the repaired Vietnamese text of FILE, with the same line breaks.") { file, from };
        command.SetAction(parse =>
        {
            var read = SharedPipeline.Instance.Reader.Read(parse.GetRequiredValue(file));
            if (!read.Succeeded)
            {
                stderr.WriteLine($"tonghop restore: {read.Error}");
                return ExitCodes.BadInput;
            }

            var textFrom = parse.GetValue(from) ?? read.Source.TextFrom;
            stdout.Write(SharedPipeline.Instance.Repairer.Repair(read.Source.Text, textFrom).Restored);
            stdout.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
