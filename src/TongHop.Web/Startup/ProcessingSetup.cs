using TongHop.Pipeline;
using TongHop.Web.Jobs;
using TongHop.Web.Review;
using TongHop.Web.Submissions;

namespace TongHop.Web.Startup;

/// <summary>The extraction pipeline, submission intake, review and the background worker.</summary>
internal static class ProcessingSetup
{
    public static IServiceCollection AddTongHopProcessing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddSingleton<CatalogPipeline>();
        services.AddSingleton<JobSignal>();
        services.AddScoped<SubmissionIntake>();
        services.AddScoped<SubmissionProcessor>();
        services.AddScoped<ReviewService>();
        var worker = WorkerOptions.From(configuration);
        services.AddSingleton(worker);
        if (worker.Enabled)
        {
            services.AddHostedService<ExtractionWorker>();
        }

        return services;
    }
}
