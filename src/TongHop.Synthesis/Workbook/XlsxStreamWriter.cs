using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TongHop.Synthesis.Workbook;

/// <summary>
/// A one-sheet .xlsx written forward only, for sheets too large to build in memory (the units × indicators table at
/// national scale): the sheet's rows are written one at a time, as they come, by the Open XML SDK's
/// <see cref="OpenXmlWriter"/> into a ZIP entry (<see cref="ZipArchiveMode.Create"/> compresses straight into the output);
/// nothing grows with the rows. The cells, the frozen header and the stylesheet are <see cref="XlsxWriter"/>'s own, so a
/// sheet reads the same from either writer. Why not the SDK's package: <c>SpreadsheetDocument</c> goes through
/// System.IO.Packaging, whose ZIP update mode keeps every part uncompressed in memory until it is closed
/// (dotnet/Open-XML-SDK#807), and its write-only mode refuses a part writer. The few fixed parts (content types,
/// relationships, workbook) are written here as text.
/// </summary>
public static class XlsxStreamWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Writes the workbook to <paramref name="output"/>, which ZIP's create mode lets be any writable stream; the
    /// writes are synchronous, so give it a file (a web answer is then sent from that file).</summary>
    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Text(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Text(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Text(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Text(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Relationships}/styles" Target="styles.xml"/></Relationships>
            """);
        Text(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n" + XlsxWriter.Styles().OuterXml);

        await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(sheet, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(XlsxWriter.FrozenHeader());
        writer.WriteStartElement(new SheetData());
        Row(writer, 1, [.. header], bold: true);
        uint index = 2;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Row(writer, index++, row, bold: false);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
    }

    private static void Row(OpenXmlWriter writer, uint index, IReadOnlyList<object?> values, bool bold)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        foreach (var value in values)
        {
            writer.WriteElement(XlsxWriter.Cell(value, bold));
        }

        writer.WriteEndElement();
    }

    private static void Text(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
