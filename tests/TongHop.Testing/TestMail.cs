namespace TongHop.Testing;

/// <summary>
/// The real mail system scripts/test starts on loopback (Postfix SMTP → Dovecot, read over IMAP; every IMAP login takes the
/// password <see cref="ImapPassword"/>): <c>TONGHOP_TEST_SMTP</c> and <c>TONGHOP_TEST_IMAP</c> as host:port. When they are
/// unset (a developer running one test project alone) the mail tests run their "no mail server" case instead.
/// </summary>
public static class TestMail
{
    public const string ImapPassword = "test";

    public static (string Host, int Port)? Smtp => Parse(Environment.GetEnvironmentVariable("TONGHOP_TEST_SMTP"));

    public static (string Host, int Port)? Imap => Parse(Environment.GetEnvironmentVariable("TONGHOP_TEST_IMAP"));

    private static (string Host, int Port)? Parse(string? hostPort)
    {
        if (string.IsNullOrWhiteSpace(hostPort))
        {
            return null;
        }

        var colon = hostPort.LastIndexOf(':');
        return (hostPort[..colon], int.Parse(hostPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
