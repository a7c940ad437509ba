using TongHop.Application.Intake;

namespace TongHop.Web.Errors;

/// <summary>
/// Refuses a request whose declared length is over the upload limit before a byte of its body is read: 413 with
/// the limit in the message (a problem for the API, a short page with a way back for a form). A body without a
/// declared length is stopped by Kestrel and the form reader at the same limit (<see cref="ExceptionProblems"/>).
/// </summary>
internal sealed class UploadSizeGuard(RequestDelegate next, UploadLimit limit)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } length && length > limit.RequestBytes)
        {
            // The client is told at once; it need not send the rest, and the connection is closed after the answer.
            context.Response.Headers.Connection = "close";
            return ApiProblems.IsApi(context.Request)
                ? ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, limit.Message)
                : WritePageAsync(context);
        }

        return next(context);
    }

    public static async Task WritePageAsync(HttpContext context)
    {
        var message = (context.RequestServices.GetService<UploadLimit>() ?? UploadLimit.Default).Message;
        var back = context.Request.Path.Value ?? "/";
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tệp quá lớn</title></head><body>" +
            $"<h1>Tệp quá lớn</h1><p role=\"alert\">{Escape(message)}</p><p><a href=\"{Escape(back)}\">Quay lại</a></p></body></html>");
    }

    // Markup characters only: Vietnamese letters stay as they are (WebUtility would write á as &#225;).
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
