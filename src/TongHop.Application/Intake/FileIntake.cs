using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TongHop.Application.Catalog;
using TongHop.Application.Intake.Matching;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
using TongHop.Storage.Files;
using TongHop.Text.Normalization;

namespace TongHop.Application.Intake;

/// <summary>
/// Bulk intake, for every channel (the intake page, <c>POST /api/intake</c>, <c>tonghop intake</c>, e-mail, the watch
/// folder): each file (zips opened) is stored untouched, read, matched to its unit and request
/// (<see cref="DocumentMatcher"/>), and filed through <see cref="SubmissionIntake"/> when the match is certain;
/// otherwise it waits in the intake inbox (<see cref="IntakeInbox"/>) with the reasons. Reading happens before any
/// database write, and all of a batch's rows are committed in one transaction, so a slow OCR never holds a lock and a
/// crash never leaves half a batch.
/// </summary>
public sealed partial class FileIntake(
    TongHopDbContext db, OriginalStore originals, CatalogPipeline pipelines, SubmissionIntake submissions, DocumentMatcher matcher,
    TimeProvider clock, ILogger<FileIntake> logger)
{
    private static readonly string[] AnnexWords = ["phu luc", "phuluc", "pl ", "bieu mau", "bang bieu", "kem theo", "annex"];

    /// <summary>Takes a batch in. <paramref name="message"/> is the e-mail it came in (added in the same transaction).</summary>
    public async Task<IReadOnlyList<IntakeOutcome>> TakeAsync(
        IReadOnlyList<IncomingFile> files, IntakeOrigin origin, IntakeMessage? message = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(origin);
        var (expanded, problems) = ZipBatch.Expand(files);
        var candidates = await IntakeCandidates.LoadAsync(db, cancellationToken);
        var prepared = new List<Prepared>();
        foreach (var file in expanded)
        {
            prepared.Add(await PrepareAsync(file, origin, candidates, cancellationToken));
        }

        if (problems.Count > 0)
        {
            foreach (var p in prepared)
            {
                p.Notes.AddRange(problems);
            }
        }

        if (origin.Together && prepared.Count > 1)
        {
            Group(prepared);
        }

        return await CommitAsync(prepared, origin, message, cancellationToken);
    }

    private async Task<Prepared> PrepareAsync(IncomingFile file, IntakeOrigin origin, IntakeCandidates candidates, CancellationToken cancellationToken)
    {
        var name = SubmissionIntake.SafeName(VietnameseText.Nfc(file.Name));
        var saved = await originals.SaveAsync(new MemoryStream(file.Content, writable: false), cancellationToken);
        ExtractionResult? result = null;
        string? error = saved.Succeeded ? null : saved.Error;
        if (saved.Succeeded)
        {
            try
            {
                var pipeline = await pipelines.CurrentAsync(db, cancellationToken);
                var read = pipeline.Reader.Read(file.Content, name, cancellationToken);
                result = read.Succeeded ? pipeline.Extract(read.Source with { Path = name }) : null;
                error = read.Succeeded ? null : "Không đọc được tệp: " + read.Error;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A file the reader chokes on waits for a person; it never stops the batch.
                LogReadFailed(logger, e, name);
                error = "Không đọc được tệp: " + e.Message;
            }
        }

        var match = matcher.Match(result, name, origin.SenderEmail, origin.RequestId, candidates);
        return new Prepared(name, saved, result, match, error);
    }

    // One report and its annexes: the main file is the one not named as an annex, read as a report, matched surely.
    private static void Group(List<Prepared> prepared)
    {
        var main = prepared
            .OrderBy(p => p.Result is null ? 1 : 0)
            .ThenBy(p => LooksLikeAnnex(p.Name) ? 1 : 0)
            .ThenBy(p => p.Result?.Document.Type is { } type && VietnameseText.FoldLower(type) == "bao cao" ? 0 : 1)
            .ThenBy(p => p.Match.Certain ? 0 : 1)
            .First();
        foreach (var p in prepared.Where(p => p != main))
        {
            p.Main = main;
        }
    }

    private static bool LooksLikeAnnex(string name)
    {
        var key = " " + TongHop.Text.Places.AdministrativeUnits.Key(Path.GetFileNameWithoutExtension(name)) + " ";
        return AnnexWords.Any(w => key.Contains(" " + w, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<IntakeOutcome>> CommitAsync(List<Prepared> prepared, IntakeOrigin origin, IntakeMessage? message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var received = origin.ReceivedAtUtc ?? now;
        var by = origin.UserName ?? origin.SenderEmail ?? origin.Channel.ToString().ToLowerInvariant();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (message is not null)
        {
            await EnsureFileAsync(message.RawSha256, null, now, cancellationToken);
            db.IntakeMessages.Add(message);
            await db.SaveChangesAsync(cancellationToken); // the unique message key: a message taken elsewhere stops here
        }

        var outcomes = new List<IntakeOutcome>();
        foreach (var p in prepared.OrderBy(p => p.Main is null ? 0 : 1))
        {
            var item = NewItem(p, origin, message, received, now);
            if (p.Saved.Succeeded)
            {
                await EnsureFileAsync(p.Saved.Sha256, p.Saved.Size, now, cancellationToken);
                db.IntakeItems.Add(item);
                await FileIfCertainAsync(p, item, by, received, cancellationToken);
            }

            var sure = item.State is IntakeState.Filed or IntakeState.Duplicate;
            outcomes.Add(new IntakeOutcome(item, sure ? (p.Main ?? p).Unit?.Code : null, sure ? item.RequestId : null));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcomes;
    }

    private static IntakeItem NewItem(Prepared p, IntakeOrigin origin, IntakeMessage? message, DateTime received, DateTime now)
    {
        var document = p.Result?.Document;
        var reasons = new List<string>(p.Match.Reasons);
        reasons.AddRange(p.Notes);
        if (p.Main is { } main)
        {
            reasons.Insert(0, $"Tệp kèm theo (phụ lục) của báo cáo {main.Name}.");
        }

        return new IntakeItem
        {
            Channel = origin.Channel, FileSha256 = p.Saved.Sha256 ?? "", FileName = p.Name, Size = p.Saved.Size,
            ReceivedAtUtc = received, ArrivedAtUtc = now, Sender = origin.SenderEmail ?? origin.UserName, Message = message,
            State = IntakeState.NeedsReview, Role = p.Main is null ? IntakeRole.Report : IntakeRole.Annex,
            UnitId = (p.Main ?? p).Match.Unit?.Id, RequestId = (p.Main ?? p).Match.Request?.Id, Confidence = p.Match.Confidence,
            Reasons = string.Join('\n', reasons), Issuer = Cut(document?.Issuer, 500), DocumentNumber = Cut(document?.Number, 100),
            DocumentDate = document?.Date, Title = Cut(document?.Title, 1000), Error = p.Error,
        };
    }

    private async Task FileIfCertainAsync(Prepared p, IntakeItem item, string by, DateTime received, CancellationToken cancellationToken)
    {
        if (p.Main is { } main)
        {
            // An annex follows its report: filed with it, or waiting with it.
            if (main.Item?.State == IntakeState.Filed)
            {
                (item.State, item.SubmissionId, item.Submission) = (IntakeState.Filed, main.Item.SubmissionId, main.Item.Submission);
                AddEvent(item, by, "filed", "Tệp kèm theo báo cáo " + main.Name);
            }

            return;
        }

        p.Item = item;
        if (!p.Match.Certain || p.Error is not null)
        {
            return;
        }

        var (unitId, requestId) = (p.Match.Unit!.Id, p.Match.Request!.Id);
        var earlier = await db.Submissions.Where(s => s.RequestId == requestId && s.UnitId == unitId && s.FileSha256 == p.Saved.Sha256)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (earlier is { } id)
        {
            (item.State, item.SubmissionId) = (IntakeState.Duplicate, id);
            item.Reasons += $"\nĐơn vị đã gửi đúng tệp này cho yêu cầu này (bản báo cáo số {id}): không nhận lần hai.";
            return;
        }

        if (await submissions.LockedAsync(requestId, unitId, cancellationToken) is { } locked)
        {
            item.Reasons += "\n" + locked; // waits for a person, who reopens the report or dismisses the file
            return;
        }

        var submission = await submissions.FileStoredAsync(by, requestId, unitId, p.Name, p.Saved, received, cancellationToken);
        (item.State, item.Submission, item.DecidedBy, item.DecidedAtUtc) = (IntakeState.Filed, submission, by, clock.GetUtcNow().UtcDateTime);
        AddEvent(item, by, "filed", $"Tự động xếp cho {p.Match.Unit.Name}, yêu cầu {p.Match.Request.Title}");
    }

    private void AddEvent(IntakeItem item, string by, string action, string? detail)
    {
        db.IntakeEvents.Add(new IntakeEvent { Item = item, UserName = by, Action = action, Detail = detail, AtUtc = clock.GetUtcNow().UtcDateTime });
    }

    private async Task EnsureFileAsync(string sha256, long? size, DateTime now, CancellationToken cancellationToken)
    {
        if (!db.Files.Local.Any(f => f.Sha256 == sha256) && !await db.Files.AnyAsync(f => f.Sha256 == sha256, cancellationToken))
        {
            db.Files.Add(new StoredFile { Sha256 = sha256, Size = size ?? new FileInfo(originals.PathOf(sha256)).Length, StoredAtUtc = now });
        }
    }

    private static string? Cut(string? text, int max) => text is null ? null : text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake could not read {File}")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string file);

    private sealed class Prepared(string name, OriginalSaveResult saved, ExtractionResult? result, IntakeMatch match, string? error)
    {
        public string Name { get; } = name;

        public OriginalSaveResult Saved { get; } = saved;

        public ExtractionResult? Result { get; } = result;

        public IntakeMatch Match { get; } = match;

        public string? Error { get; } = error;

        public IntakeUnit? Unit => Match.Unit;

        public List<string> Notes { get; } = [];

        /// <summary>The report this file is an annex of; null for a report.</summary>
        public Prepared? Main { get; set; }

        public IntakeItem? Item { get; set; }
    }
}
