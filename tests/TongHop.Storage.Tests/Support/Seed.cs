using TongHop.Storage.Entities;

namespace TongHop.Storage.Tests.Support;

/// <summary>Builders for a unit, a request and a submission, shared by the storage tests.</summary>
public static class Seed
{
    public static async Task<Submission> SubmissionAsync(TongHopDbContext db, string unitCode = "XA-AN-PHU", int version = 1)
    {
        var unit = db.Units.Local.FirstOrDefault(u => u.Code == unitCode) ?? new OrgUnit { Code = unitCode, Name = "Xã An Phú", Kind = OrgUnitKind.Commune };
        var request = db.Requests.Local.FirstOrDefault() ?? new ReportRequest
        {
            Title = "Báo cáo 9 tháng đầu năm 2025",
            PeriodLabel = "9 tháng đầu năm 2025",
            PeriodFrom = new DateOnly(2025, 1, 1),
            PeriodTo = new DateOnly(2025, 9, 30),
            DeadlineUtc = new DateTime(2025, 9, 22, 7, 0, 0, DateTimeKind.Utc),
            CreatedAtUtc = new DateTime(2025, 9, 16, 1, 0, 0, DateTimeKind.Utc),
        };
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        db.Files.Add(new StoredFile { Sha256 = sha, Size = 16, StoredAtUtc = request.CreatedAtUtc });
        var submission = new Submission
        {
            Request = request,
            Unit = unit,
            Version = version,
            ReceivedAtUtc = new DateTime(2025, 9, 20, 3, 30, 0, DateTimeKind.Utc),
            FileSha256 = sha,
            FileName = "bao-cao.txt",
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission;
    }
}
