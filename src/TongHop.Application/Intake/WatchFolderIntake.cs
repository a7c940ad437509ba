using Microsoft.Extensions.Logging;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Application.Intake;

/// <summary>
/// The watch folder: every file dropped into <see cref="IntakeOptions.WatchFolder"/> (by an e-office export, a scanner)
/// is taken in like a bulk upload, its last-write time as the received time, then moved into <c>taken/DATE/</c>
/// (so it is never taken twice) or, when it could not be stored, <c>refused/</c>. A file still being written (changed
/// in the last few seconds) waits for the next look.
/// </summary>
public sealed partial class WatchFolderIntake(FileIntake intake, IntakeOptions options, TimeProvider clock, ILogger<WatchFolderIntake> logger)
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>Takes in what lies in the folder; returns how many files were taken.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        if (options.WatchFolder is not { } root || !Directory.Exists(root))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var taken = 0;
        foreach (var path in Directory.EnumerateFiles(root).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            if (info.Name.StartsWith('.') || now - info.LastWriteTimeUtc < Settle)
            {
                continue;
            }

            try
            {
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
                var origin = new IntakeOrigin(IntakeChannel.Folder, null, null, info.LastWriteTimeUtc);
                var outcomes = await intake.TakeAsync([new IncomingFile(info.Name, bytes)], origin, null, cancellationToken);
                var stored = outcomes.Count == 0 || outcomes.Any(o => o.Item.Id != 0);
                Move(root, info, stored ? Path.Combine("taken", now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : "refused");
                taken++;
            }
            catch (IOException e)
            {
                // Locked or vanished meanwhile: looked at again next time.
                LogFolderFailed(logger, e, path);
            }
        }

        return taken;
    }

    private static void Move(string root, FileInfo file, string folder)
    {
        var target = Path.Combine(root, folder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, file.Name);
        for (var n = 2; File.Exists(destination); n++)
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(file.Name)} ({n}){file.Extension}");
        }

        file.MoveTo(destination);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch folder: {File} could not be taken in")]
    private static partial void LogFolderFailed(ILogger logger, Exception exception, string file);
}
