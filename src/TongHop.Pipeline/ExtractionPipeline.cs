using TongHop.Checks;
using TongHop.Checks.Citations;
using TongHop.Checks.Indicators;
using TongHop.Checks.Metadata;
using TongHop.Checks.Outline;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Text;
using TongHop.Extraction.Citations;
using TongHop.Extraction.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Metadata;
using TongHop.Extraction.Requests;
using TongHop.Parsing;
using TongHop.Reading;
using TongHop.Repair;

namespace TongHop.Pipeline;

/// <summary>
/// The reading pipeline, in order: read → repair → parse → extract → check. This file is the one place
/// where the stages and their order are written down. A built pipeline is immutable and thread-safe.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly DocumentReader _reader;
    private readonly ITextRepairer _repairer;
    private readonly IDocumentParser _parser;
    private readonly IMetadataExtractor _metadata;
    private readonly IRequestExtractor _request;
    private readonly ICitationExtractor _citations;
    private readonly IIndicatorExtractor _indicators;
    private readonly IReadOnlyList<IDocumentCheck> _checks;

    public ExtractionPipeline(
        DocumentReader reader,
        ITextRepairer repairer,
        IDocumentParser parser,
        IMetadataExtractor metadata,
        IRequestExtractor request,
        ICitationExtractor citations,
        IIndicatorExtractor indicators,
        IReadOnlyList<IDocumentCheck> checks)
    {
        _reader = reader;
        _repairer = repairer;
        _parser = parser;
        _metadata = metadata;
        _request = request;
        _citations = citations;
        _indicators = indicators;
        _checks = checks;
    }

    /// <summary>The reading stage, for commands that only read.</summary>
    public DocumentReader Reader => _reader;

    /// <summary>The repair stage, for commands that only repair.</summary>
    public ITextRepairer Repairer => _repairer;

    /// <summary>The pipeline TongHop ships, with every stage in its order.</summary>
    public static ExtractionPipeline CreateDefault() => new(
        DocumentReader.CreateDefault(),
        VietnameseTextRepairer.Default,
        new DocumentParser(),
        new MetadataExtractor(),
        new RequestExtractor(),
        new CitationExtractor(),
        new IndicatorExtractor(),
        DefaultChecks());

    private static IReadOnlyList<IDocumentCheck> DefaultChecks() =>
    [
        new CitationDateConflictCheck(),
        new DateAfterDocumentCheck(),
        new RatioMismatchCheck(),
        new PercentOver100Check(),
        new PartsSumMismatchCheck(),
        new NumeratorOverDenominatorCheck(),
        new OutlineMissingCheck(),
        new UnreadMetadataCheck(),
    ];

    /// <summary>
    /// The same pipeline over another indicator catalog (one an administrator edited in the database): the indicators
    /// are read with it, and the repair knows its words as the catalog writes them (<see cref="IndicatorCatalog.WrittenPhrases"/>).
    /// </summary>
    public ExtractionPipeline WithCatalog(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var repairer = _repairer is VietnameseTextRepairer vietnamese ? vietnamese.WithPhrases(catalog.WrittenPhrases) : _repairer;
        return new(_reader, repairer, _parser, _metadata, _request, _citations, new IndicatorExtractor(catalog), _checks);
    }

    /// <summary>Reads and extracts a file. An unreadable file gives a failed result with the reason.</summary>
    /// <param name="progress">Receives reading progress (OCR pages) for long documents; may be null.</param>
    public PipelineResult Run(
        string path,
        ReportRequestInfo? answeredRequest = null,
        IProgress<ReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var read = _reader.Read(path, new ReadContext(progress, cancellationToken));
        return read.Succeeded
            ? PipelineResult.Ok(Extract(read.Source, answeredRequest))
            : PipelineResult.Fail(read.Error);
    }

    /// <summary>Runs every stage after reading on text that was already read.</summary>
    public ExtractionResult Extract(SourceText source, ReportRequestInfo? answeredRequest = null)
    {
        // Where the text came from decides which OCR's errors are repaired (the reader's own Tesseract output or a text layer).
        var repaired = _repairer.Repair(source.Text, source.TextFrom);
        var document = _parser.Parse(repaired.Restored);
        var metadata = _metadata.Extract(document, repaired.Repaired ? source.Text : null);
        var request = _request.Extract(document, metadata);
        var citations = CitationExtractor.WithoutOwn(_citations.Extract(document), metadata.Number);
        var indicators = _indicators.Extract(document);
        var draft = new ExtractionResult(
            source, repaired, metadata, request, document.Sections, citations, indicators.Indicators, indicators.Facts, []);
        var context = new CheckContext(draft, answeredRequest);
        var findings = indicators.ExtractorFindings.Concat(_checks.SelectMany(check => check.Check(context))).ToList();
        return draft with { Findings = findings };
    }
}
