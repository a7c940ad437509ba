namespace TongHop.Core.Text;

/// <summary>
/// Repairs Vietnamese text garbled by OCR (lost diacritics, wrong letters). The output has exactly the
/// same number of lines as the input, and line i of the output is the repair of line i of the input.
/// Text that is already good Vietnamese comes out unchanged. Implementations are thread-safe.
/// </summary>
public interface ITextRepairer
{
    RepairResult Repair(string text);
}
