using System.CommandLine;
using TongHop.Repair.Training;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop lm train --corpus FILE.gz [--extra DIR]... --out FILE</c>: rebuilds the syllable language model
/// that OCR repair ships in <c>src/TongHop.Repair/Model/vi-syllables.lm</c> (see docs/repair.md).
/// </summary>
internal static class LmTrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<string>("--corpus") { Description = "Gzipped UTF-8 corpus, one paragraph a line.", Required = true };
        var extra = new Option<string[]>("--extra")
        {
            Description = "Folder of extra *.txt domain text (weighted up); may be given more than once.",
        };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var share = new Option<double?>("--frequency-share")
        {
            Description = "Share of plain frequency mixed into the continuation unigrams (default: the shipped model's).",
        };
        var train = new Command("train", "Train the syllable trigram model for OCR repair.") { corpus, extra, output, share };
        train.SetAction(parse =>
        {
            var corpusPath = parse.GetRequiredValue(corpus);
            var extraPaths = parse.GetValue(extra) ?? [];
            var missing = !File.Exists(corpusPath) ? corpusPath : extraPaths.FirstOrDefault(p => !Directory.Exists(p));
            if (missing is not null)
            {
                stderr.WriteLine($"tonghop lm train: {missing} not found");
                return ExitCodes.BadInput;
            }

            var summary = new LanguageModelTrainer(parse.GetValue(share) is { } s
                    ? new LanguageModelTrainerOptions(UnigramFrequencyShare: s)
                    : null).Train(corpusPath, extraPaths, parse.GetRequiredValue(output), stdout);
            stdout.WriteLine($"{summary.Tokens:N0} tokens, {summary.Vocabulary} words, {summary.Bigrams:N0} bigrams, "
                + $"{summary.Trigrams:N0} trigrams, {summary.FileBytes / 1e6:F1} MB");
            return ExitCodes.Ok;
        });
        return new Command("lm", "Language-model tools for OCR repair.") { train };
    }
}
