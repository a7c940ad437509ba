using System.Globalization;
using System.Text;
using TongHop.Core.Contract;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Text.Dates;

namespace TongHop.Pipeline.Output;

/// <summary>A readable summary of an extraction for people at a terminal (Vietnamese dates and numbers).</summary>
public static class TextSummaryWriter
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string ToText(ExtractionResult r)
    {
        var sb = new StringBuilder();
        var d = r.Document;
        sb.AppendLine($"File:        {r.Source.Path} ({r.Source.Format}, text from {r.Source.TextFrom})");
        sb.AppendLine($"Quality:     {r.Text.Quality.ToString("0.00", Vi)}{(r.Text.Repaired ? " (repaired)" : "")}");
        sb.AppendLine($"Issuer:      {d.Issuer ?? "-"}");
        sb.AppendLine($"Number:      {d.Number ?? "-"}");
        sb.AppendLine($"Type:        {d.Type ?? "-"}");
        sb.AppendLine($"Place, date: {d.Place ?? "-"}, {FormatDate(d.Date)}");
        sb.AppendLine($"Title:       {d.Title ?? "-"}");
        sb.AppendLine($"Signer:      {d.Signer?.Name ?? "-"}{(d.Signer?.Title is { } t ? $" ({t})" : "")}");
        if (d.Recipients.Count > 0)
        {
            sb.AppendLine($"Recipients:  {string.Join("; ", d.Recipients)}");
        }

        AppendRequest(sb, r.Request);
        sb.AppendLine($"Sections ({r.Sections.Count}):");
        AppendSections(sb, r.Sections, "  ");
        sb.AppendLine($"Citations ({r.Citations.Count}):");
        foreach (var c in r.Citations)
        {
            sb.AppendLine($"  {c.Type} {c.Number ?? "?"}{(c.Date is { } cd ? " ngày " + FormatDate(cd) : "")}{(c.Issuer is { } i ? " của " + i : "")}");
        }

        sb.AppendLine($"Indicators ({r.Indicators.Count}):");
        foreach (var v in r.Indicators)
        {
            var ratio = v.Numerator is { } n && v.Denominator is { } den ? $" ({n.ToString("#,0.##", Vi)}/{den.ToString("#,0.##", Vi)})" : "";
            sb.AppendLine($"  {v.Key} = {v.Value.ToString("#,0.###", Vi)} {v.Unit.Code()}{ratio} [{ContractNames.Of(v.Kind)}, {ContractNames.Of(v.Qualifier)}]");
        }

        sb.AppendLine($"Facts ({r.Facts.Count}):");
        foreach (var f in r.Facts)
        {
            sb.AppendLine($"  {f.Value.ToString("#,0.###", Vi)} {f.Unit}");
        }

        sb.AppendLine($"Findings ({r.Findings.Count}):");
        foreach (var f in r.Findings)
        {
            sb.AppendLine($"  [{ContractNames.Of(f.Severity)}] {f.Code}: {f.Message}");
        }

        return sb.ToString();
    }

    private static void AppendRequest(StringBuilder sb, ReportRequestInfo? request)
    {
        if (request is null)
        {
            return;
        }

        sb.AppendLine($"Request:     deadline {request.Deadline?.ToString("HH:mm dd/MM/yyyy", Vi) ?? "-"}, period {request.Period?.Label ?? "-"}");
        sb.AppendLine($"  Outline ({request.Outline.Count}):");
        AppendSections(sb, request.Outline, "    ");
    }

    private static void AppendSections(StringBuilder sb, IReadOnlyList<Section> sections, string indent)
    {
        foreach (var s in sections)
        {
            sb.AppendLine($"{indent}{s.Number}. {s.Title}");
            AppendSections(sb, s.Children, indent + "  ");
        }
    }

    private static string FormatDate(DateOnly? date) => date is { } d ? VietnameseDates.Format(d) : "-";
}
