using TongHop.Core.Extraction;

namespace TongHop.Checks;

/// <summary>
/// One rule over an extracted document (sums, ratios, dates, outline coverage). Returns the findings it
/// raises, each with a Vietnamese message that says why. Stateless and thread-safe.
/// </summary>
public interface IDocumentCheck
{
    IEnumerable<Finding> Check(CheckContext context);
}
