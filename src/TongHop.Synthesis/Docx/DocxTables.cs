using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Drafting;

namespace TongHop.Synthesis.Docx;

/// <summary>Tables: borderless layout tables (header, signature) and ruled data tables (appendices).</summary>
internal static class DocxTables
{
    /// <summary>A one-row table without borders whose cells hold the given paragraphs, columns in millimetres.</summary>
    public static Table Layout(IReadOnlyList<double> columnsMm, IReadOnlyList<IReadOnlyList<Paragraph>> cells)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = Twips(columnsMm.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableGrid(columnsMm.Select(c => new GridColumn { Width = Twips(c) })));
        var row = new TableRow();
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell([new TableCellProperties(new TableCellWidth { Width = Twips(columnsMm[i]), Type = TableWidthUnitValues.Dxa }), .. cells[i]]));
        }

        table.Append(row);
        return table;
    }

    /// <summary>
    /// A ruled table <paramref name="widthMm"/> wide: the number column and the name column at their layout
    /// widths, the rest sharing what is left; the header row repeats on every page.
    /// </summary>
    public static Table Data(DraftTable draft, DecreeLayout layout, double widthMm)
    {
        var rest = Math.Max(1, draft.Header.Count - 2);
        var columns = draft.Header.Select((_, i) => i switch
        {
            0 => layout.TableNumberColumnMm,
            1 => layout.TableNameColumnMm,
            _ => (widthMm - layout.TableNumberColumnMm - layout.TableNameColumnMm) / rest,
        }).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = Twips(columns.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(columns.Select(c => new GridColumn { Width = Twips(c) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(draft.Header.Select(h => Cell(DocxText.Centered(h, layout.TableSize, bold: true))));
        table.Append(header);
        foreach (var row in draft.Rows)
        {
            table.Append(new TableRow(row.Select((text, i) => Cell(i >= draft.NumericFrom ? Right(text, layout.TableSize) : DocxText.Left(text, layout.TableSize)))));
        }

        return table;
    }

    private static TableCell Cell(Paragraph paragraph) => new(paragraph);

    private static Paragraph Right(string text, double size) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Right }, DocxText.Tight()), DocxText.Run(text, size));

    private static string Twips(double mm) => DecreeLayout.Twips(mm).ToString(CultureInfo.InvariantCulture);
}
