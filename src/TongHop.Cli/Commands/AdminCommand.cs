using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Identity;

namespace TongHop.Cli.Commands;

/// <summary>
/// <c>tonghop admin create-user NAME --role admin [--unit CODE] [--password P] [--data DIR | --postgres CONN]</c>:
/// creates the first administrator (or any user) directly in the database, migrating it if needed.
/// Without <c>--password</c> a random one is generated and printed once.
/// </summary>
internal static class AdminCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("NAME") { Description = "User name (login)." };
        var role = new Option<string>("--role") { Description = "admin, reviewer, leader or reporter.", DefaultValueFactory = _ => AppRoles.Admin };
        role.AcceptOnlyFromAmong([.. AppRoles.All]);
        var unit = new Option<string?>("--unit") { Description = "Unit code, required for a reporter." };
        var password = new Option<string?>("--password") { Description = "Password (10+ characters); random when left out." };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database).", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite." };
        var createUser = new Command("create-user", "Create a user with one role.") { name, role, unit, password, data, postgres };
        createUser.SetAction((parse, cancellationToken) => CreateUserAsync(
            StorageOptions.For(parse.GetRequiredValue(data), parse.GetValue(postgres)),
            parse.GetRequiredValue(name), parse.GetRequiredValue(role), parse.GetValue(unit), parse.GetValue(password), stdout, stderr, cancellationToken));
        return new Command("admin", "Administration: users.") { createUser };
    }

    private static async Task<int> CreateUserAsync(
        StorageOptions storage, string name, string role, string? unitCode, string? password, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(storage);
        await DatabaseInitializer.InitializeAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var unit = unitCode is null ? null : db.Units.FirstOrDefault(u => u.Code == unitCode);
        if (unitCode is not null && unit is null)
        {
            await stderr.WriteLineAsync($"tonghop admin: no unit with code {unitCode}");
            return ExitCodes.BadInput;
        }

        var secret = password ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var (ok, error) = await UserAdministration.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), name, name, secret, role, unit?.Id);
        if (!ok)
        {
            await stderr.WriteLineAsync($"tonghop admin: {error}");
            return ExitCodes.BadInput;
        }

        await stdout.WriteLineAsync(password is null ? $"created {name} ({role}); password: {secret}" : $"created {name} ({role})");
        return ExitCodes.Ok;
    }
}
