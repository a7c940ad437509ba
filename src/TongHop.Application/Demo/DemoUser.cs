namespace TongHop.Application.Demo;

/// <summary>A demo login, printed at start so a newcomer can sign in at once.</summary>
public sealed record DemoUser(string UserName, string Password, string Role, string? Unit);
