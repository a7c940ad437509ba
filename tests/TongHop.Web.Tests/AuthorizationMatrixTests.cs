using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Web.Tests.Support;

namespace TongHop.Web.Tests;

/// <summary>
/// Every route of the running app (read from its endpoint table: API endpoints, Razor pages and each of their
/// handlers, health checks, the OpenAPI document) called as every kind of caller, against one declared table of who
/// may do what. A route that is not in the table fails the test, so a new page or endpoint cannot ship without its
/// rule; a row whose route is gone fails too. Ids are those of unit B: the reporter of unit A is the "other unit".
/// </summary>
public sealed class AuthorizationMatrixTests
{
    /// <summary>The callers, in the order of the letters in <see cref="Table"/>.</summary>
    private enum Caller { Anonymous, OtherUnit, OwnUnit, Reviewer, Leader, Admin }

    /// <summary>
    /// The rules: one row per route (method, pattern as the app declares it, page handler), then one letter per
    /// <see cref="Caller"/>: L = must log in (page: redirect to the login page; API: 401), D = denied (page: redirect to
    /// the access-denied page; API: 403), N = 404 as if the resource did not exist, A = let through (the handler runs:
    /// any answer below 500 that is none of the above). API routes are called with a bearer token; with the login
    /// cookie, reads follow the same row and writes answer 401 (tokens only, so no cross-site form rides on a cookie).
    /// </summary>
    private static readonly Row[] Table =
    [
        // Health and the API description: for load balancers and integrators, no login.
        new("GET /healthz", "AAAAAA"),
        new("GET /healthz/ready", "AAAAAA"),
        new("GET /healthz/live", "AAAAAA"),
        new("GET /openapi/{documentName}.json", "AAAAAA"),

        // API reads: cookie or token; a reporter sees only the requests sent to its unit and its unit's submissions.
        new("GET /api/requests", "LAAAAA"),
        new("GET /api/requests/{id:int}", "LDDAAA"),
        new("GET /api/requests/{id:int}/status", "LDDAAA"),
        new("GET /api/requests/{id:int}/figures", "LDDAAA"),
        new("GET /api/requests/{id:int}/submissions", "LAAAAA"),
        new("GET /api/submissions/{id:int}", "LNAAAA"),
        new("GET /api/submissions/{id:int}/values", "LNAAAA"),
        new("GET /api/submissions/{id:int}/states", "LNAAAA"),
        new("GET /api/submissions/{id:int}/extraction", "LNAAAA"),
        new("GET /api/submissions/{id:int}/receipt", "LNAAAA"),
        new("GET /api/submissions/{id:int}/document", "LNAAAA"),
        new("GET /api/search", "LAAAAA", Query: "q=BTS"),

        // API writes: token only.
        new("POST /api/requests", "LDDADA", Body: ""),
        new("POST /api/requests/{id:int}/extend", "LDDADA", Body: "deadline=2025-10-05T17:00"),
        new("POST /api/requests/{id:int}/close", "LDDADA"),
        new("PATCH /api/requests/{id:int}", "LDDADA"),
        new("POST /api/requests/{id:int}/submissions", "LAAADA"),
        new("POST /api/values/{id:long}/review", "LDDADA", Json: """{"action":"confirm"}"""),
        new("POST /api/submissions/{id:int}/state", "LDDADA", Json: """{"action":"start"}"""),
        new("POST /api/submissions/{id:int}/withdraw", "LNAADA"),
        new("POST /api/intake", "LDDADA", Multipart: true),
        new("POST /api/submissions/{id:int}/document/review", "LDDADA", Json: """{"field":"number","action":"confirm"}"""),

        // Pages open to anyone.
        new("GET /Account/Login", "AAAAAA"),
        new("POST /Account/Login", "AAAAAA", Body: "UserName=ai-do&Password=sai-mat-khau"),
        // The page that says "no access" answers 403 itself, to anyone.
        new("GET /Account/AccessDenied", "DDDDDD"),
        new("GET /Account/SetPassword", "AAAAAA"),
        new("POST /Account/SetPassword", "AAAAAA"),

        // Pages for every signed-in user.
        new("GET /", "LAAAAA"),
        new("GET /Error", "LAAAAA"),
        new("GET /Account/Logout", "LAAAAA"),
        new("POST /Account/Logout", "LAAAAA", EndsSession: true),
        new("GET /Account/Password", "LAAAAA"),
        new("POST /Account/Password", "LAAAAA"),
        new("GET /Account/Tokens", "LAAAAA"),
        new("POST /Account/Tokens", "LAAAAA", Body: "Name=ma-tran"),
        new("POST /Account/Tokens?handler=Revoke", "LANNNN", Body: "id={token}"),
        new("GET /Search", "LAAAAA", Query: "q=BTS"),

        // A submission: its unit and the province's staff; changes by reviewers (and leaders for report states).
        new("GET /Submissions/{id:int}", "LNAAAA"),
        new("GET /Submissions/{id:int}?handler=Original", "LNAAAA"),
        new("GET /Submissions/{id:int}?handler=File", "LNNNNN", Query: "fileId=0"),
        new("GET /Submissions/{id:int}?handler=Page", "LNNNNN", Query: "n=1"),
        new("POST /Submissions/{id:int}?handler=Review", "LDDADA", Body: "valueId={value}&action=Confirm"),
        new("POST /Submissions/{id:int}?handler=State", "LNAAAA", Body: "reportAction=start"),
        new("POST /Submissions/{id:int}?handler=Field", "LDDADA", Body: "field=number&action=Confirm"),
        new("GET /Submissions/{id:int}/Receipt", "LNAAAA"),
        new("GET /Submissions/{id:int}/Receipt?handler=Pdf", "LNAAAA"),
        new("GET /Submissions/Upload", "LAAADA"),
        new("POST /Submissions/Upload", "LAAADA"),
        new("POST /Submissions/Upload?handler=Withdraw", "LNAADA", Body: "submissionId={id}"),

        // Province-wide pages.
        new("GET /Requests/{id:int}", "LDDAAA"),
        new("POST /Requests/{id:int}?handler=Remind", "LDDADA"),
        new("GET /Requests/{id:int}?handler=Synthesis", "LDDAAA", Query: "format=docx"),
        new("GET /Requests/{id:int}/Figures", "LDDAAA"),
        new("GET /Requests/{id:int}/Table", "LDDAAA"),
        new("GET /Requests/{id:int}/Table?handler=Export", "LDDAAA", Query: "format=csv"),
        new("GET /Requests/Create", "LDDADA"),
        new("POST /Requests/Create", "LDDADA"),
        new("POST /Requests/Create?handler=FromDispatch", "LDDADA"),
        new("GET /Requests/{id:int}/Edit", "LDDADA"),
        new("POST /Requests/{id:int}/Edit", "LDDADA"),
        new("POST /Requests/{id:int}/Edit?handler=Extend", "LDDADA"),
        new("POST /Requests/{id:int}/Edit?handler=Close", "LDDADA"),
        new("POST /Requests/{id:int}/Edit?handler=Reopen", "LDDADA"),

        // The intake inbox (bulk uploads, mail, the watch folder): the Department's specialists. The world has no inbox
        // item, so the handlers that take one answer 404 to those let through: these rows check the denials only.
        new("GET /Intake", "LDDADA"),
        new("GET /Intake?handler=Original", "LDDNDN", Query: "id=0"),
        new("POST /Intake", "LDDADA"),
        new("POST /Intake?handler=Confirm", "LDDNDN", Body: "id=0"),
        new("POST /Intake?handler=Dismiss", "LDDNDN", Body: "id=0"),

        // Administration.
        new("GET /Admin/Mail", "LDDDDA"),
        new("POST /Admin/Mail", "LDDDDA"),
        new("POST /Admin/Mail?handler=Poll", "LDDDDA"),
        new("POST /Admin/Mail?handler=Test", "LDDDDA"),
        new("GET /Admin/Users", "LDDDDA"),
        new("POST /Admin/Users", "LDDDDA"),
        new("POST /Admin/Users?handler=Role", "LDDDDA", Body: "id={user}&role=leader"),
        new("POST /Admin/Users?handler=Lock", "LDDDDA", Body: "id={user}"),
        new("POST /Admin/Users?handler=Unlock", "LDDDDA", Body: "id={user}"),
        new("POST /Admin/Users?handler=Reset", "LDDDDA", Body: "id={user}"),
        new("GET /Admin/Units", "LDDDDA"),
        new("POST /Admin/Units", "LDDDDA"),
        new("POST /Admin/Units?handler=Edit", "LDDDDA", Body: "id={unit}"),
        new("POST /Admin/Units?handler=Close", "LDDDDA", Body: "id={unit}"),
        new("POST /Admin/Units?handler=Reopen", "LDDDDA", Body: "id={unit}"),
        new("GET /Admin/Accounts", "LDDDDA"),
        new("POST /Admin/Accounts", "LDDDDA"),
        new("GET /Admin/Indicators", "LDDDDA"),
        new("POST /Admin/Indicators", "LDDDDA"),
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryRoute_AnswersEveryCaller_AsTheTableSays(string provider)
    {
        var app = await TestApp.GetAsync(provider);
        var routes = Routes(app);
        var rows = Table.ToDictionary(r => r.Route, StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(routes.Where(r => !rows.ContainsKey(r)).Select(r => $"{r}: not in the table; declare who may call it"));
        problems.AddRange(rows.Keys.Where(r => !routes.Contains(r)).Select(r => $"{r}: in the table, but the app has no such route"));
        var checkedCalls = 0;

        foreach (var caller in Enum.GetValues<Caller>())
        {
            // A world per caller: writes that pass (a withdrawal, a closed request) change nothing another caller sees.
            var world = await World.CreateAsync(app);
            var ids = await Ids.OfAsync(world);
            foreach (var cookieOnApi in new[] { false, true })
            {
                using var session = await Session.OpenAsync(world, caller, cookieOnApi);
                foreach (var row in Table.Where(r => routes.Contains(r.Route)).OrderBy(r => r.EndsSession))
                {
                    if (cookieOnApi && !row.IsApi)
                    {
                        continue;
                    }

                    var expected = row.Expected(caller);
                    if (cookieOnApi && row.Method != "GET" && caller != Caller.Anonymous)
                    {
                        expected = 'L';
                    }

                    var (status, location) = await session.CallAsync(row, world, ids);
                    var actual = Classify(row.IsApi, status, location);
                    checkedCalls++;
                    if (actual != expected)
                    {
                        problems.Add($"{row.Route} as {caller}{(cookieOnApi ? " (login cookie)" : "")}: expected {expected}, answered {(int)status} {location} ({actual})");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {checkedCalls} calls broke the rules:\n" + string.Join("\n", problems));
        Assert.True(checkedCalls > 6 * Table.Length, $"only {checkedCalls} calls checked");
    }

    /// <summary>What an answer means: L, D, N or A (see <see cref="Table"/>), or X for a server error.</summary>
    private static char Classify(bool api, HttpStatusCode status, string? location)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return 'X';
        }

        if (!api && status == HttpStatusCode.Redirect && location is not null)
        {
            // A challenge sends the caller to the login page with the way back (a sign-out just to the page).
            if (location.StartsWith("/Account/Login?ReturnUrl=", StringComparison.Ordinal))
            {
                return 'L';
            }

            if (location.StartsWith("/Account/AccessDenied", StringComparison.Ordinal))
            {
                return 'D';
            }
        }

        return status switch
        {
            HttpStatusCode.Unauthorized => 'L',
            HttpStatusCode.Forbidden => 'D',
            HttpStatusCode.NotFound => 'N',
            HttpStatusCode.MethodNotAllowed => 'M',
            _ => 'A',
        };
    }

    /// <summary>The app's routes as "METHOD pattern[?handler=Name]": every endpoint, every page handler.</summary>
    private static HashSet<string> Routes(TestApp app)
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var loader = app.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // A folder's Index page answers at the folder (/Intake); its /Intake/Index twin is the same page.
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            pattern = pattern.EndsWith("/Index", StringComparison.Ordinal) ? pattern[..^"/Index".Length] : pattern;
            pattern = pattern.Length == 0 ? "/" : pattern;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = loader.LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
                if (compiled.HandlerMethods.Count == 0)
                {
                    routes.Add($"GET {pattern}");
                }

                foreach (var handler in compiled.HandlerMethods)
                {
                    routes.Add($"{handler.HttpMethod.ToUpperInvariant()} {pattern}{(handler.Name is { } name ? "?handler=" + name : "")}");
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                routes.Add($"{method} {pattern}");
            }
        }

        return routes;
    }

    /// <summary>Ids a form names: the user of unit B (administration) and an API token of unit A's reporter.</summary>
    private sealed record Ids(string UserB, int TokenOfA)
    {
        public static async Task<Ids> OfAsync(World world)
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TongHop.Storage.Identity.AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<TongHop.Storage.TongHopDbContext>();
            var userA = (await users.FindByNameAsync(world.ReporterA))!;
            await TongHop.Application.Users.ApiTokens.CreateAsync(db, userA.Id, "ma-tran", DateTime.UtcNow);
            var token = db.ApiTokens.Where(t => t.UserId == userA.Id).Max(t => t.Id);
            return new Ids((await users.FindByNameAsync(world.ReporterB))!.Id, token);
        }
    }

    private sealed record Row(string Route, string Letters, string? Query = null, string? Body = null, string? Json = null, bool EndsSession = false, bool Multipart = false)
    {
        public string Method => Route[..Route.IndexOf(' ', StringComparison.Ordinal)];

        public bool IsApi => Route.Contains(" /api/", StringComparison.Ordinal);

        public char Expected(Caller caller) => Letters[(int)caller];

        public string Url(World world)
        {
            var path = Route[(Method.Length + 1)..];
            var id = path.StartsWith("/api/values", StringComparison.Ordinal) ? world.ValueB.Id
                : path.StartsWith("/api/requests", StringComparison.Ordinal) || path.StartsWith("/Requests", StringComparison.Ordinal) ? world.Request.Id
                : world.SubmissionB.Id;
            path = path.Replace("{id:int}", $"{id}", StringComparison.Ordinal).Replace("{id:long}", $"{id}", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            Assert.DoesNotContain("{", path, StringComparison.Ordinal);
            return Query is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Query;
        }
    }

    /// <summary>One caller's client: anonymous, a login cookie (pages, and the API when asked) or a bearer token (API).</summary>
    private sealed class Session : IDisposable
    {
        private readonly Caller _caller;
        private readonly bool _cookieOnApi;
        private Browser _browser;
        private HttpClient? _token;

        private Session(Caller caller, bool cookieOnApi, Browser browser, HttpClient? token) =>
            (_caller, _cookieOnApi, _browser, _token) = (caller, cookieOnApi, browser, token);

        public static async Task<Session> OpenAsync(World world, Caller caller, bool cookieOnApi)
        {
            var user = UserOf(world, caller);
            var browser = user is null ? Browser.Anonymous(world.App) : await Browser.LoginAsync(world.App, user);
            var token = user is null || cookieOnApi ? null : await Tokens.ClientAsync(world, user);
            return new Session(caller, cookieOnApi, browser, token);
        }

        private static string? UserOf(World world, Caller caller) => caller switch
        {
            Caller.OtherUnit => world.ReporterA,
            Caller.OwnUnit => world.ReporterB,
            Caller.Reviewer => world.Reviewer,
            Caller.Leader => world.Leader,
            Caller.Admin => world.Admin,
            _ => null,
        };

        public async Task<(HttpStatusCode Status, string? Location)> CallAsync(Row row, World world, Ids ids)
        {
            var url = new Uri(row.Url(world), UriKind.Relative);
            var client = row.IsApi && !_cookieOnApi && _token is not null ? _token : _browser.Client;
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), url);
            if (row.Method == "POST")
            {
                var fields = (row.Body ?? "").Replace("{id}", $"{world.SubmissionB.Id}", StringComparison.Ordinal)
                    .Replace("{value}", $"{world.ValueB.Id}", StringComparison.Ordinal)
                    .Replace("{unit}", $"{world.UnitB.Id}", StringComparison.Ordinal)
                    .Replace("{user}", ids.UserB, StringComparison.Ordinal)
                    .Replace("{token}", $"{ids.TokenOfA}", StringComparison.Ordinal)
                    .Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2))
                    .ToDictionary(f => f[0], f => f.Length > 1 ? f[1] : "");
                if (!row.IsApi)
                {
                    // A page form carries the anti-forgery token of the caller's session, as the browser would send it.
                    fields["__RequestVerificationToken"] = await _browser.TokenAsync(_caller == Caller.Anonymous ? "/Account/Login" : "/Account/Password");
                }

                // An endpoint that declares the content it accepts (multipart files) is not even selected for another
                // type (415 before any rule): it is called with the type it accepts, so that its rule is what answers.
                request.Content = row.Json is { } json ? new StringContent(json, Encoding.UTF8, "application/json")
                    : row.Multipart ? Multipart(fields)
                    : new FormUrlEncodedContent(fields);
            }

            using var response = await client.SendAsync(request);
            var answer = (response.StatusCode, response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString);
            if (row.EndsSession && _caller != Caller.Anonymous)
            {
                // The next table row (and the next run) needs the caller signed in again.
                var user = UserOf(world, _caller)!;
                _browser.Dispose();
                _browser = await Browser.LoginAsync(world.App, user);
            }

            return answer;
        }

        private static MultipartFormDataContent Multipart(Dictionary<string, string> fields)
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                form.Add(new StringContent(value), name);
            }

            return form;
        }

        public void Dispose()
        {
            _browser.Dispose();
            _token?.Dispose();
        }
    }
}
