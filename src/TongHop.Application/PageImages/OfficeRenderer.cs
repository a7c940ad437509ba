using System.Diagnostics;
using System.Text;

namespace TongHop.Application.PageImages;

/// <summary>
/// Lays out a DOCX or a plain text as PDF pages with LibreOffice (<c>soffice --headless --convert-to pdf</c>), so the
/// review page can show them as pages like a PDF or a scan. One conversion at a time per process (LibreOffice keeps one
/// user profile per instance; this process's own, in the temporary folder, removed when it exits).
/// </summary>
public static class OfficeRenderer
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> Profile = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tonghop-office-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return folder;
    });

    /// <summary>Writes <paramref name="text"/> as a UTF-8 text file and lays it out: one page of A4 after another, the lines as they are.</summary>
    public static async Task<byte[]> TextToPdfAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var work = Directory.CreateTempSubdirectory("tonghop-office-");
        try
        {
            var input = Path.Combine(work.FullName, "document.txt");
            await File.WriteAllTextAsync(input, text, new UTF8Encoding(false), cancellationToken);
            return await ConvertAsync(input, work.FullName, "Text (encoded):UTF8,LF,Liberation Serif,vi", cancellationToken);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Lays out the DOCX at <paramref name="path"/> as LibreOffice Writer prints it.</summary>
    public static async Task<byte[]> DocxToPdfAsync(string path, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("tonghop-office-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            File.Copy(path, input);
            return await ConvertAsync(input, work.FullName, null, cancellationToken);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<byte[]> ConvertAsync(string input, string folder, string? filter, CancellationToken cancellationToken)
    {
        var output = Path.Combine(folder, "pdf");
        var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        var arguments = new List<string> { "--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{Profile.Value}" };
        if (filter is not null)
        {
            arguments.Add("--infilter=" + filter);
        }

        arguments.AddRange(["--convert-to", "pdf", "--outdir", output, input]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(Timeout);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            var said = process.StandardOutput.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException($"soffice did not convert the document ({process.ExitCode}): {await said} {await errors}");
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
