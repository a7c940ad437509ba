namespace TongHop.Web;

/// <summary>The placeholder home page until the web application lands (issue: web application).</summary>
internal static class HomePage
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>TongHop — Tổng hợp báo cáo</title></head>
        <body>
        <h1>TongHop</h1>
        <p>Hệ thống tổng hợp báo cáo khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.</p>
        <p>Trang web đầy đủ đang được xây dựng. Dùng dòng lệnh <code>./tonghop extract TỆP</code> để đọc một báo cáo.</p>
        </body>
        </html>
        """;
}
