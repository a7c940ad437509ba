using Microsoft.AspNetCore.Mvc;
using TongHop.Application.Intake;

namespace TongHop.Web.Errors;

/// <summary>
/// Every error of the HTTP API is an RFC 7807 problem (<c>application/problem+json</c>) with a Vietnamese
/// <c>title</c> and <c>detail</c>: the ones an endpoint writes itself (<c>TypedResults.Problem</c>), empty error
/// statuses (404, 401, 403 …: filled by the status-code-pages middleware), refused bodies and server faults (the
/// exception handler). The texts by status live here, once.
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Chưa đăng nhập",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status409Conflict => "Xung đột dữ liệu",
        StatusCodes.Status413PayloadTooLarge => "Tệp quá lớn",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung không được hỗ trợ",
        StatusCodes.Status422UnprocessableEntity => "Dữ liệu không xử lý được",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        StatusCodes.Status503ServiceUnavailable => "Dịch vụ tạm thời không sẵn sàng",
        StatusCodes.Status507InsufficientStorage => "Hết chỗ lưu trữ",
        >= 500 => "Lỗi máy chủ",
        _ => "Lỗi",
    };

    /// <summary>The default explanation of a status, for a problem that carries none of its own.</summary>
    public static string Detail(int status, HttpContext? context = null) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ: thiếu tham số hoặc nội dung gửi lên không đúng định dạng.",
        StatusCodes.Status401Unauthorized => "Cần đăng nhập, hoặc gửi mã truy cập API hợp lệ trong tiêu đề Authorization: Bearer.",
        StatusCodes.Status403Forbidden => "Tài khoản của bạn không có quyền thực hiện thao tác này.",
        StatusCodes.Status404NotFound => "Không tìm thấy dữ liệu được yêu cầu, hoặc bạn không có quyền xem dữ liệu đó.",
        StatusCodes.Status405MethodNotAllowed => "Địa chỉ này không nhận phương thức HTTP đã dùng.",
        StatusCodes.Status409Conflict => "Thao tác xung đột với trạng thái hiện tại của dữ liệu.",
        StatusCodes.Status413PayloadTooLarge => (context?.RequestServices.GetService<UploadLimit>() ?? UploadLimit.Default).Message,
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung gửi lên không được hỗ trợ (tệp gửi dạng multipart/form-data, dữ liệu dạng application/json).",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu trong thời gian ngắn. Xin thử lại sau.",
        StatusCodes.Status503ServiceUnavailable => "Cơ sở dữ liệu tạm thời không truy cập được. Dữ liệu đã lưu không bị ảnh hưởng; xin thử lại sau ít phút.",
        StatusCodes.Status507InsufficientStorage => SubmissionIntake.DiskFull,
        >= 500 => "Máy chủ gặp lỗi khi xử lý yêu cầu; dữ liệu đã lưu không bị ảnh hưởng. Xin thử lại, hoặc báo quản trị kèm mã lỗi.",
        _ => "Yêu cầu không thực hiện được.",
    };

    /// <summary>Fills what a problem lacks: the Vietnamese title always, the detail when the endpoint gave none, the trace id.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Title = Title(status);
        problem.Detail ??= Detail(status, context.HttpContext);
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    /// <summary>Writes the problem of <paramref name="status"/> (its default detail unless one is given).</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Results.Problem(detail ?? Detail(status, context), statusCode: status).ExecuteAsync(context);
    }
}
