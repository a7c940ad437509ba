using TongHop.Extraction.Indicators.Catalog;
using TongHop.Pipeline;
using TongHop.Storage;

namespace TongHop.Application.Catalog;

/// <summary>
/// The pipeline the background jobs run: the shipped stages with an indicator extractor over the current catalog
/// (<see cref="CurrentCatalog"/>), so an indicator or phrasing added in the admin page is read by the next job, in
/// every process, and its words are known to the repair of English-OCR text. The extractor and the repairer are rebuilt
/// only when the catalog is. Thread-safe (one immutable entry swapped whole).
/// </summary>
public sealed class CatalogPipeline(ExtractionPipeline shipped, CurrentCatalog catalogs)
{
    private Built? _built;

    public async Task<ExtractionPipeline> CurrentAsync(TongHopDbContext db, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(db, cancellationToken);
        var built = Volatile.Read(ref _built);
        if (built is not null && ReferenceEquals(built.Catalog, catalog))
        {
            return built.Pipeline;
        }

        var pipeline = ReferenceEquals(catalog, IndicatorCatalog.Default) ? shipped : shipped.WithCatalog(catalog);
        Volatile.Write(ref _built, new Built(catalog, pipeline));
        return pipeline;
    }

    private sealed record Built(IndicatorCatalog Catalog, ExtractionPipeline Pipeline);
}
