using System.Security.Cryptography;

namespace TongHop.Reading;

internal static class Hashing
{
    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
