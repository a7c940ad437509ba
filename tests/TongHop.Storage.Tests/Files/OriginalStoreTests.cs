using System.Security.Cryptography;
using System.Text;
using TongHop.Storage.Files;

namespace TongHop.Storage.Tests.Files;

public sealed class OriginalStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tonghop-originals-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Save_AddressesBySha256()
    {
        var bytes = Encoding.UTF8.GetBytes("Báo cáo kết quả 9 tháng đầu năm 2025");
        var result = await new OriginalStore(_root).SaveAsync(new MemoryStream(bytes));
        Assert.True(result.Succeeded);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Sha256);
        Assert.Equal(bytes.Length, result.Size);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(new OriginalStore(_root).PathOf(result.Sha256)));
    }

    [Fact]
    public async Task Save_SameBytesTwice_KeepsOneReadOnlyFile()
    {
        var store = new OriginalStore(_root);
        var first = await store.SaveAsync(new MemoryStream([1, 2, 3]));
        var second = await store.SaveAsync(new MemoryStream([1, 2, 3]));
        Assert.Equal(first.Sha256, second.Sha256);
        var path = store.PathOf(first.Sha256!);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "tmp")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Save_Empty_IsRefusedWithReason()
    {
        var result = await new OriginalStore(_root).SaveAsync(new MemoryStream());
        Assert.False(result.Succeeded);
        Assert.Contains("rỗng", result.Error);
    }

    [Fact]
    public async Task Save_OverLimit_IsRefusedAndLeavesNothing()
    {
        var store = new OriginalStore(_root, maxBytes: 1000);
        var result = await store.SaveAsync(new MemoryStream(new byte[5000]));
        Assert.False(result.Succeeded);
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void PathOf_NotAnAddress_Throws(string address) =>
        Assert.Throws<ArgumentException>(() => new OriginalStore(_root).PathOf(address));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
