using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TongHop.Storage.Tests.Support;

namespace TongHop.Web.Tests.Support;

/// <summary>
/// The web app hosted in-process on a fresh database of one provider, started once per provider and shared
/// by the tests (each test makes its own units, users and requests, so they do not interfere).
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestApp>>> Apps = new();

    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private int _disposed;

    private TestApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) =>
        (_database, _settings) = (database, settings ?? new Dictionary<string, string>());

    public string Provider => _database.Provider;

    public TestDatabase Database => _database;

    /// <summary>An app of its own (not shared), for a test that breaks it (stops its database, fills its disk) or
    /// changes its settings; the caller disposes it.</summary>
    public static async Task<TestApp> StartOwnAsync(string provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider), settings);
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return app;
    }

    public static Task<TestApp> GetAsync(string provider) =>
        Apps.GetOrAdd(provider, p => new Lazy<Task<TestApp>>(() => StartAsync(p))).Value;

    private static async Task<TestApp> StartAsync(string provider)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider));
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return app;
    }

    /// <summary>Stops the app, then drops its database and deletes its data folder (a shared app at the process's exit).</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("TongHop:Data", _database.Folder);
        builder.UseSetting("TongHop:Demo", "false");
        builder.UseSetting("TongHop:Jobs:PollMilliseconds", "200");
        // LibreOffice's layout of DOCX and text reports takes seconds each; those pages are tested in
        // TongHop.Application.Tests (DocumentPagesTests) and the browser tests (ReviewerDeskTests).
        builder.UseSetting("TongHop:PageImages:RenderDocuments", "false");
        if (_database.Options.ConnectionString is { } pg)
        {
            builder.UseSetting("TongHop:Postgres", pg);
        }

        // The real mail system of scripts/test, when it runs (reminders, account links).
        if (TongHop.Testing.TestMail.Smtp is { } smtp)
        {
            builder.UseSetting("TongHop:Mail:Smtp", $"{smtp.Host}:{smtp.Port}");
            builder.UseSetting("TongHop:Mail:From", "tonghop@skhcn.test");
        }

        builder.UseSetting("TongHop:PublicUrl", "https://baocao.skhcn.test");

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Production");
    }
}
