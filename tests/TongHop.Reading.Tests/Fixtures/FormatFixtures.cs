using TongHop.Testing;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>
/// One report in every format units send, under <c>tests/fixtures/formats/</c>. The clean text is
/// the source; the DOCX and text-layer PDF are generated from it (<see cref="DocxFixtureWriter"/>,
/// <see cref="PdfFixtureWriter"/>); the scans were made from it with ocrsim (see README there).
/// </summary>
public static class FormatFixtures
{
    public const string Name = "bao-cao-phuong-tan-an";

    public static string Folder => SharedPaths.Repo("tests", "fixtures", "formats");

    public static string Path(string extension) => System.IO.Path.Combine(Folder, Name + extension);

    /// <summary>The clean report, as the unit typed it (one paragraph per line, TAB between two columns).</summary>
    public static string CleanText => File.ReadAllText(Path(".txt"));
}
