using TongHop.Web;

return await WebApp.RunAsync(WebAppOptions.FromArgs(args), args);

/// <summary>Entry point; public so integration tests can host the app (WebApplicationFactory).</summary>
public partial class Program;
