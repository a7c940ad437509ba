using Microsoft.Extensions.DependencyInjection;

namespace TongHop.Application.Processing;

/// <summary>
/// The job handlers by kind: each kind is registered once, with the handler that runs it (a keyed scoped service),
/// and the worker dispatches a claimed job by its <c>Kind</c>. A new kind of background work is a handler class and
/// one <see cref="AddJobHandler{THandler}"/> line in the application's registration.
/// </summary>
public sealed class JobHandlers(IEnumerable<JobHandlers.Registration> registrations)
{
    /// <summary>The kinds this process can run; the worker claims only these.</summary>
    public IReadOnlyList<string> Kinds { get; } = [.. registrations.Select(r => r.Kind).Distinct(StringComparer.Ordinal)];

    /// <summary>The handler of <paramref name="kind"/> in <paramref name="scope"/>.</summary>
    public IJobHandler Resolve(IServiceProvider scope, string kind) => scope.GetRequiredKeyedService<IJobHandler>(kind);

    /// <summary>A kind and its handler, registered in the service collection.</summary>
    public sealed record Registration(string Kind);
}

/// <summary>Registration of job handlers by kind.</summary>
public static class JobHandlerRegistration
{
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services, string kind)
        where THandler : class, IJobHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (services.Any(d => d.ServiceType == typeof(JobHandlers.Registration) && d.ImplementationInstance is JobHandlers.Registration r && r.Kind == kind))
        {
            throw new InvalidOperationException($"job kind '{kind}' already has a handler");
        }

        services.AddKeyedScoped<IJobHandler, THandler>(kind);
        services.AddSingleton(new JobHandlers.Registration(kind));
        services.AddSingleton<JobHandlers>();
        return services;
    }
}
