namespace TongHop.Core.Text;

/// <summary>
/// Repairs Vietnamese text garbled by OCR (lost diacritics, wrong letters). The output has exactly the
/// same number of lines as the input, and line i of the output is the repair of line i of the input.
/// Text that is already good Vietnamese comes out unchanged. Implementations are thread-safe.
/// </summary>
public interface ITextRepairer
{
    RepairResult Repair(string text);

    /// <summary>
    /// Repairs text read from a source of the given kind (<see cref="Documents.SourceText.TextFrom"/>: <c>ocr</c> for
    /// TongHop's own OCR, whose errors differ from those of a garbled text layer). By default the same as <see cref="Repair(string)"/>.
    /// </summary>
    RepairResult Repair(string text, string textFrom) => Repair(text);
}
