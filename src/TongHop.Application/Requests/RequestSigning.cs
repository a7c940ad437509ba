using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Requests;

/// <summary>
/// How the province's synthesis answering a request is issued (Decree 30/2020): its number and symbol after "Số:"
/// ("125/BC-SKHCN", or "/BC-SKHCN" while the number is not yet issued), the signing authority line ("KT. GIÁM ĐỐC";
/// none when the head signs), the signer's title ("PHÓ GIÁM ĐỐC") and name, and the "Nơi nhận" list, one addressee a
/// line. A field left empty keeps the drafting's default (a blank number, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", no name, the
/// Department's usual addressees).
/// </summary>
public sealed partial record RequestSigning(string? Number, string? Authority, string? Title, string? Name, IReadOnlyList<string> Recipients)
{
    public static RequestSigning Empty { get; } = new(null, null, null, null, []);

    /// <summary>At most this many "Nơi nhận" lines.</summary>
    public const int MaxRecipients = 30;

    /// <summary>The fields as a person typed them: trimmed, empty as null, "Số:" before the number dropped, a list mark
    /// ("- ", "+ ", "• ") before each addressee dropped.</summary>
    public static RequestSigning From(string? number, string? authority, string? title, string? name, string? recipients) => new(
        Clean(NumberPrefix().Replace(number?.Trim() ?? "", "")), Clean(authority), Clean(title), Clean(name), Lines(recipients));

    public static RequestSigning Of(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.SynthesisNumber, request.SignerAuthority, request.SignerTitle, request.SignerName, Lines(request.SynthesisRecipients));
    }

    /// <summary>The "Nơi nhận" list as the form's text, one addressee a line.</summary>
    public string RecipientsText => string.Join('\n', Recipients);

    /// <summary>What is wrong with the fields, in Vietnamese; empty when nothing.</summary>
    public IEnumerable<string> Errors()
    {
        if (Number?.Length > ReportRequest.NumberMaxLength) { yield return $"Số, ký hiệu báo cáo tổng hợp quá dài (tối đa {ReportRequest.NumberMaxLength} ký tự)."; }
        if (Number is { } n && !n.Contains('/', StringComparison.Ordinal)) { yield return $"Số, ký hiệu báo cáo tổng hợp «{n}» phải có dạng «125/BC-SKHCN» (để trống số, ghi «/BC-SKHCN», khi chưa vào sổ)."; }
        if (Number is { } m && m.Contains('\n', StringComparison.Ordinal)) { yield return "Số, ký hiệu báo cáo tổng hợp chỉ được viết trên một dòng."; }
        if (Authority is not null && Title is null) { yield return "Đã nhập thẩm quyền ký (KT., TM., TL.) thì cần nhập cả chức vụ người ký, ví dụ «PHÓ GIÁM ĐỐC»."; }
        if (Name is not null && Title is null) { yield return "Đã nhập họ tên người ký thì cần nhập cả chức vụ người ký, ví dụ «GIÁM ĐỐC»."; }
        foreach (var (value, label) in new[] { (Authority, "Thẩm quyền ký"), (Title, "Chức vụ người ký"), (Name, "Họ tên người ký") })
        {
            if (value?.Length > ReportRequest.SignerMaxLength) { yield return $"{label} quá dài (tối đa {ReportRequest.SignerMaxLength} ký tự)."; }
        }

        if (Recipients.Count > MaxRecipients) { yield return $"Nơi nhận có quá nhiều dòng (tối đa {MaxRecipients} dòng)."; }
        if (RecipientsText.Length > ReportRequest.RecipientsMaxLength) { yield return $"Nơi nhận quá dài (tối đa {ReportRequest.RecipientsMaxLength} ký tự)."; }
    }

    /// <summary>Writes the fields on the request.</summary>
    public void ApplyTo(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.SynthesisNumber = Number;
        request.SignerAuthority = Authority;
        request.SignerTitle = Title;
        request.SignerName = Name;
        request.SynthesisRecipients = Recipients.Count == 0 ? null : RecipientsText;
    }

    /// <summary>The changes from <paramref name="before"/>, as the request's history words them.</summary>
    public IEnumerable<string> ChangesFrom(RequestSigning before)
    {
        ArgumentNullException.ThrowIfNull(before);
        if (before.Number != Number) { yield return $"số báo cáo tổng hợp «{before.Number}» → «{Number}»"; }
        if (before.Authority != Authority || before.Title != Title || before.Name != Name)
        {
            yield return $"người ký «{Signer(before)}» → «{Signer(this)}»";
        }

        if (!before.Recipients.SequenceEqual(Recipients, StringComparer.Ordinal)) { yield return $"nơi nhận ({Recipients.Count} dòng)"; }
    }

    /// <summary>The request last created with a signer or addressees set: a new request's form starts from them.</summary>
    public static async Task<RequestSigning> LatestAsync(TongHopDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.Requests.AsNoTracking()
            .Where(r => r.SignerTitle != null || r.SynthesisRecipients != null || r.SynthesisNumber != null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        // The number of an issued synthesis is not the next one's: only its symbol carries over.
        if (latest is null)
        {
            return Empty;
        }

        var slash = latest.SynthesisNumber?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return Of(latest) with { Number = slash >= 0 ? latest.SynthesisNumber![slash..] : null };
    }

    private static string Signer(RequestSigning s) => string.Join(" / ", new[] { s.Authority, s.Title, s.Name }.Where(x => x is not null));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Spaces().Replace(text.Trim(), " ");

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => ListMark().Replace(l.Trim(), "").Trim()).Where(l => l.Length > 0).ToList();

    [GeneratedRegex(@"^(?:Số|số|SỐ)\s*[:.]?\s*", RegexOptions.None, 200)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^[-+•*–]\s*", RegexOptions.None, 200)]
    private static partial Regex ListMark();

    [GeneratedRegex(@"[ \t]+", RegexOptions.None, 200)]
    private static partial Regex Spaces();
}
