using System.CommandLine;
using TongHop.Web;

namespace TongHop.Cli.Commands;

/// <summary><c>tonghop serve</c>: the web application on an embedded SQLite database, or on PostgreSQL.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on, e.g. http://127.0.0.1:5080." };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite database, stored originals).", DefaultValueFactory = _ => "data" };
        var noDemo = new Option<bool>("--no-demo") { Description = "Start empty, without the demo province." };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string instead of SQLite (production, several workers)." };
        var command = new Command("serve", "Start the web application.") { urls, data, noDemo, postgres };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new WebAppOptions(parse.GetRequiredValue(data), !parse.GetValue(noDemo), parse.GetValue(urls), parse.GetValue(postgres));
            return WebApp.RunAsync(options);
        });
        return command;
    }
}
