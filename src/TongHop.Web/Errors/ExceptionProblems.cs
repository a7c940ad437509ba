using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using TongHop.Storage;

namespace TongHop.Web.Errors;

/// <summary>
/// An exception that reached the top: an API request gets a problem with the status that says what happened (a body
/// refused by its size 413, a malformed body 400, disk full 507, the database unreachable 503, anything else 500),
/// never the HTML error page; a page request too large for the upload limit gets a short Vietnamese page. Other page
/// errors go on to <c>/Error</c>.
/// </summary>
internal sealed class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusOf(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed ({Status})", httpContext.Request.Method, httpContext.Request.Path, status);
        }

        if (ApiProblems.IsApi(httpContext.Request))
        {
            httpContext.Response.StatusCode = status;
            await ApiProblems.WriteAsync(httpContext, status);
            return true;
        }

        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            await UploadSizeGuard.WritePageAsync(httpContext);
            return true;
        }

        return false;
    }

    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException when exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        _ when DbErrors.IsDiskFull(exception) => StatusCodes.Status507InsufficientStorage,
        _ when IsDatabaseUnreachable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool IsDatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException || (e is DbException db && db.IsTransient))
            {
                return true;
            }

            if (e is Npgsql.NpgsqlException { InnerException: IOException or SocketException or TimeoutException })
            {
                return true;
            }
        }

        return false;
    }
}
