using TongHop.Core.Extraction;
using TongHop.Extraction.Requests;
using TongHop.Text.Documents;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Application.Intake.Matching;

/// <summary>
/// Matches a read file to its unit and request. The unit: the issuer of the header (and the place of the date line,
/// the signer) through <see cref="IUnitMatcher"/>, the sender's e-mail against the units' contact e-mails, the file
/// name. The request: the dispatch number the file cites, then its period, then the only request the unit was sent.
/// Sure only when nothing contradicts: an issuer that is not in the unit list, or one that differs from the sender's
/// unit, waits for a person; so does a file nobody could read.
/// </summary>
public sealed class DocumentMatcher(IUnitMatcher units)
{
    /// <param name="result">What the reader found; null when the file could not be read.</param>
    /// <param name="forcedRequestId">The request the sender named (the CLI's <c>--request</c>), if any.</param>
    public IntakeMatch Match(ExtractionResult? result, string fileName, string? senderEmail, int? forcedRequestId, IntakeCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var reasons = new List<string>();
        var (unit, unitCertain, confidence) = MatchUnit(result, fileName, senderEmail, candidates, reasons);
        var (request, requestCertain) = MatchRequest(result, unit, forcedRequestId, candidates, reasons);
        return new IntakeMatch(unit, unitCertain, confidence, request, requestCertain, reasons);
    }

    private (IntakeUnit? Unit, bool Certain, double? Confidence) MatchUnit(
        ExtractionResult? result, string fileName, string? senderEmail, IntakeCandidates candidates, List<string> reasons)
    {
        var sender = candidates.UnitOfEmail(senderEmail);
        if (sender is not null)
        {
            reasons.Add($"Người gửi {senderEmail} là địa chỉ thư điện tử liên hệ của {sender.Name}.");
        }
        else if (!string.IsNullOrWhiteSpace(senderEmail) && senderEmail.Contains('@', StringComparison.Ordinal))
        {
            reasons.Add($"Địa chỉ người gửi {senderEmail} không phải thư điện tử liên hệ của đơn vị nào.");
        }

        if (result is null)
        {
            reasons.Add("Không đọc được tệp nên không xác định được cơ quan ban hành.");
            return (sender ?? ByFileName(fileName, candidates, reasons), false, null);
        }

        var document = result.Document;
        var match = units.Match(document, candidates.Units);
        if (match.Certain is { } certain)
        {
            reasons.AddRange(certain.Reasons);
            if (sender is not null && sender.Id != certain.Unit.Id)
            {
                reasons.Add($"Cơ quan ban hành là {certain.Unit.Name} nhưng người gửi là {sender.Name}: cần người xác nhận.");
                return (certain.Unit, false, certain.Confidence);
            }

            return (certain.Unit, true, certain.Confidence);
        }

        if (IssuerUnread(document) && FromHeader(result, candidates) is { } header)
        {
            reasons.Add((document.Issuer is null ? "Không đọc được cơ quan ban hành" : $"\"{document.Issuer}\" đọc được ở vị trí cơ quan ban hành không phải tên cơ quan")
                        + $"; đầu văn bản ghi \"{header.Line}\".");
            reasons.AddRange(header.Score.Reasons);
            if (sender is not null && sender.Id != header.Score.Unit.Id)
            {
                reasons.Add($"Đầu văn bản ghi {header.Score.Unit.Name} nhưng người gửi là {sender.Name}: cần người xác nhận.");
                return (header.Score.Unit, false, header.Score.Confidence);
            }

            return (header.Score.Unit, true, header.Score.Confidence);
        }

        if (document.Issuer is { } issuer && !IssuerUnread(document))
        {
            var best = match.Scored.FirstOrDefault();
            reasons.Add(best is null
                ? $"Cơ quan ban hành \"{issuer}\" không có trong danh sách đơn vị: cần người xác nhận."
                : $"Cơ quan ban hành \"{issuer}\" chưa khớp chắc chắn một đơn vị: cần người xác nhận.");
            if (best is not null)
            {
                reasons.AddRange(best.Reasons);
            }

            // The sender's own unit is proposed first; the issuer's best candidate otherwise.
            return (sender ?? best?.Unit, false, best?.Confidence);
        }

        reasons.Add("Không đọc được cơ quan ban hành ở đầu văn bản.");
        if (sender is not null)
        {
            // A unit's registered contact sent a document that names no issuer: theirs, unless its place says otherwise.
            var elsewhere = match.Scored.FirstOrDefault(s => s.Unit.Id != sender.Id && s.Confidence >= 0.5);
            if (elsewhere is null)
            {
                reasons.Add($"Xếp cho {sender.Name} theo người gửi.");
                return (sender, true, 0.8);
            }

            reasons.Add($"Địa danh của văn bản gợi ý {elsewhere.Unit.Name}, khác đơn vị người gửi: cần người xác nhận.");
            return (sender, false, null);
        }

        var hint = match.Scored.FirstOrDefault();
        if (hint is not null)
        {
            reasons.AddRange(hint.Reasons);
            return (hint.Unit, false, hint.Confidence);
        }

        return (ByFileName(fileName, candidates, reasons), false, null);
    }

    // The reader took no issuer, or took the document's type for it ("Báo cáo"): the header was not understood.
    private static bool IssuerUnread(TongHop.Core.Documents.DocumentMetadata document) =>
        document.Issuer is not { } issuer || AdministrativeUnits.Key(issuer) is var key && (key.Length == 0 || TypeWords.Contains(key) ||
            (document.Type is { } type && key == AdministrativeUnits.Key(type)));

    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal)
    {
        "bao cao", "cong van", "ke hoach", "to trinh", "thong bao", "quyet dinh", "chuong trinh", "de an",
    };

    /// <summary>
    /// A second reading of the header when the reader understood no issuer: each cell of the lines above the document's
    /// type line ("ĐẢNG ỦY PHƯỜNG …", "XÃ …", "SỞ …") is matched as an issuer; used only when exactly one unit fits surely.
    /// </summary>
    private (string Line, UnitScore Score)? FromHeader(ExtractionResult result, IntakeCandidates candidates)
    {
        var found = new List<(string Line, UnitScore Score)>();
        foreach (var line in result.Restored.Split('\n').Take(10))
        {
            var key = AdministrativeUnits.Key(line);
            if (TypeWords.Contains(key))
            {
                break;
            }

            foreach (var cell in line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (units.Match(result.Document with { Issuer = cell }, candidates.Units).Certain is { } certain)
                {
                    found.Add((cell, certain));
                }
            }
        }

        return found.Select(f => f.Score.Unit.Id).Distinct().Count() == 1 ? found[^1] : null;
    }

    // A hint only: the unit whose code or place name the file name carries ("bao-cao-xa-tinh-phong.pdf").
    private static IntakeUnit? ByFileName(string fileName, IntakeCandidates candidates, List<string> reasons)
    {
        var name = AdministrativeUnits.Key(Path.GetFileNameWithoutExtension(fileName));
        var found = candidates.Units.Where(u => FoldedWords.Has(name, AdministrativeUnits.Key(u.Code))
                                                || FoldedWords.Has(name, AdministrativeUnits.Key(u.Name))).Take(2).ToList();
        if (found.Count != 1)
        {
            return null;
        }

        reasons.Add($"Tên tệp gợi ý {found[0].Name}.");
        return found[0];
    }

    private static (CandidateRequest? Request, bool Certain) MatchRequest(
        ExtractionResult? result, IntakeUnit? unit, int? forcedRequestId, IntakeCandidates candidates, List<string> reasons)
    {
        var open = unit is null ? candidates.Requests : candidates.Requests.Where(r => r.Recipients.Contains(unit.Id)).ToList();
        if (forcedRequestId is { } forced)
        {
            var named = candidates.Requests.FirstOrDefault(r => r.Id == forced);
            if (named is null)
            {
                reasons.Add($"Không có yêu cầu báo cáo số {forced}.");
                return (null, false);
            }

            if (unit is not null && !named.Recipients.Contains(unit.Id))
            {
                reasons.Add($"Yêu cầu \"{named.Title}\" không gửi cho {unit.Name}: cần người xác nhận.");
                return (named, false);
            }

            reasons.Add($"Yêu cầu do người gửi chỉ định: {named.Title}.");
            return (named, true);
        }

        if (result is not null)
        {
            var cited = result.Citations.Where(c => c.Number is not null).Select(c => DocumentNumber.KeyOf(c.Number!)).ToHashSet(StringComparer.Ordinal);
            var byCitation = open.Where(r => r.DispatchNumber is { } n && cited.Contains(DocumentNumber.KeyOf(n))).ToList();
            if (byCitation.Count == 1)
            {
                reasons.Add($"Văn bản viện dẫn công văn số {byCitation[0].DispatchNumber} của yêu cầu \"{byCitation[0].Title}\".");
                return (byCitation[0], true);
            }

            var period = ReportPeriodReader.Read(result.Document.Title ?? "", allowYear: true)
                         ?? ReportPeriodReader.Read(Head(result.Restored), allowYear: false);
            if (period is { From: { } from, To: { } to })
            {
                var byPeriod = open.Where(r => r.PeriodFrom == from && r.PeriodTo == to).ToList();
                if (byPeriod.Count == 1)
                {
                    reasons.Add($"Kỳ báo cáo \"{period.Label}\" trùng kỳ của yêu cầu \"{byPeriod[0].Title}\".");
                    return (byPeriod[0], true);
                }

                if (byPeriod.Count == 0 && open.Count > 0)
                {
                    reasons.Add($"Kỳ báo cáo \"{period.Label}\" không trùng kỳ của yêu cầu nào gửi đơn vị: cần người xác nhận.");
                    return (open[0], false);
                }
            }
        }

        if (unit is not null && open.Count == 1)
        {
            reasons.Add($"{unit.Name} chỉ có một yêu cầu báo cáo: {open[0].Title}.");
            return (open[0], true);
        }

        if (open.Count > 0)
        {
            reasons.Add("Chưa xác định được yêu cầu báo cáo mà văn bản trả lời: cần người chọn.");
        }

        return (open.Count > 0 ? open[0] : null, false);
    }

    // The opening of a report (its title, the lines under it), where its period is named.
    private static string Head(string text) => text.Length > 1500 ? text[..1500] : text;
}
