using System.Text;
using TongHop.Storage.Identity;

namespace TongHop.Application.Demo;

/// <summary>
/// The demo users' passwords are random, generated once; they are kept in <c>DATA/demo-users.txt</c>
/// (readable by the owner only) so every start of the demo can print them again.
/// </summary>
public static class DemoUsersFile
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "demo-users.txt");

    public static void Write(string dataDirectory, IReadOnlyList<DemoUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var path = PathIn(dataDirectory);
        File.WriteAllLines(path, users.Select(u => string.Join('\t', u.UserName, u.Password, u.Role, u.Unit ?? "")), Encoding.UTF8);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public static IReadOnlyList<DemoUser> Read(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        return !File.Exists(path)
            ? []
            : File.ReadAllLines(path).Select(l => l.Split('\t')).Where(p => p.Length == 4)
                .Select(p => new DemoUser(p[0], p[1], p[2], p[3].Length == 0 ? null : p[3])).ToList();
    }

    public static void Print(IReadOnlyList<DemoUser> users, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("== TongHop demo: tài khoản dùng thử (demo users)");
        foreach (var u in users)
        {
            output.WriteLine($"   {u.UserName,-12} mật khẩu: {u.Password}   ({AppRoles.Label(u.Role)}{(u.Unit is null ? "" : ", " + u.Unit)})");
        }

        output.Flush();
    }
}
