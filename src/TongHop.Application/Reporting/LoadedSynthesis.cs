using TongHop.Synthesis.Docx;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Workbook;

namespace TongHop.Application.Reporting;

/// <summary>A request read for its synthesis, written as the Decree 30 .docx or the Excel workbook.</summary>
public sealed record LoadedSynthesis(SynthesisInput Input, SynthesisOptions Options)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] ToDocx() => DocxReportWriter.Write(SynthesisDrafter.Draft(Input, Options));

    public byte[] ToXlsx() => SynthesisWorkbook.Write(Input, Options);
}
