using System.Globalization;
using System.Text;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>Small PDFs written object by object, for cases no generator makes (a password we do not know).</summary>
public static class HandMadePdf
{
    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4 128-bit, revision 3) whose
    /// user password is not empty: the /U entry is random, so no password we try opens it.
    /// </summary>
    public static byte[] Encrypted()
    {
        var random = new Random(57);
        string Hex(int bytes) => Convert.ToHexString([.. Enumerable.Range(0, bytes).Select(_ => (byte)random.Next(256))]);
        return Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{Hex(32)}> /U <{Hex(32)}> >>",
        ], $"/Encrypt 4 0 R /ID [<{Hex(16)}> <{Hex(16)}>]");
    }

    private static byte[] Build(string[] objects, string trailerExtra)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
