namespace TongHop.Reading.Tests.Fixtures;

/// <summary>The scanned PDF fixture read once (OCR takes seconds) and shared by the tests of a class.</summary>
public sealed class ScannedReportRead
{
    public ScannedReportRead()
    {
        Result = DocumentReader.CreateDefault().Read(FormatFixtures.Path(".scan.pdf"), new ReadContext(Progress, CancellationToken.None));
    }

    public RecordingProgress Progress { get; } = new();

    public ReadResult Result { get; }
}
