using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace TongHop.Web.Errors;

/// <summary>
/// Bounds a JSON body sent to the API (<c>TongHop:Api:MaxJsonKilobytes</c>, default 64 KB: a review or a state change
/// is a few hundred bytes). A body declared larger is refused before it is read; a body without a declared length is
/// read up to the limit and refused at the first byte over it; both get a 413 problem that says the limit. A body that
/// passes is handed on from memory. Its nesting is bounded by the serializer (<see cref="MaxDepth"/>): deeper is a 400.
/// </summary>
internal sealed class JsonBodyGuard(RequestDelegate next, JsonBodyLimit limit)
{
    /// <summary>The deepest JSON the API reads (System.Text.Json's default is 64; no body of ours nests beyond 3).</summary>
    public const int MaxDepth = 16;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiProblems.IsApi(context.Request) || !IsJson(context.Request.ContentType))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength is { } length && length > limit.Bytes)
        {
            context.Response.Headers.Connection = "close";
            await ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, limit.Message);
            return;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit.Bytes)
            {
                context.Response.Headers.Connection = "close";
                await ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, limit.Message);
                return;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Request.ContentLength = buffer.Length;
        await next(context);
    }

    private static bool IsJson(StringSegment contentType) =>
        contentType.HasValue && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The largest JSON body the API reads, from <c>TongHop:Api:MaxJsonKilobytes</c> (default 64).</summary>
internal sealed record JsonBodyLimit(long Bytes)
{
    public const string Setting = "TongHop:Api:MaxJsonKilobytes";

    public static JsonBodyLimit Default { get; } = new(64 * 1024);

    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"Nội dung JSON gửi lên vượt quá giới hạn {Bytes / 1024} KB cho một yêu cầu API. Xin gửi từng thao tác một, hoặc gửi tệp qua địa chỉ nhận báo cáo.");

    public static JsonBodyLimit From(IConfiguration configuration) =>
        long.TryParse(configuration[Setting], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) && kb > 0 ? new JsonBodyLimit(kb * 1024) : Default;
}
