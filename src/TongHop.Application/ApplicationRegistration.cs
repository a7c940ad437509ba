using Microsoft.Extensions.DependencyInjection;
using TongHop.Application.Catalog;
using TongHop.Application.Demo;
using TongHop.Application.DocumentReview;
using TongHop.Application.Intake;
using TongHop.Application.Intake.Matching;
using TongHop.Application.PageImages;
using TongHop.Application.Mail;
using TongHop.Application.Requests;
using TongHop.Application.Processing;
using TongHop.Application.Reminders;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Review;
using TongHop.Application.Search;
using TongHop.Application.Security;
using TongHop.Pipeline;
using TongHop.Search;
using TongHop.Search.Indexing;
using TongHop.Storage;

namespace TongHop.Application;

/// <summary>
/// The one composition of TongHop's application layer, called by every host (the web app, the command line):
/// storage, Identity (users, roles, the password and lockout policy), the authorization policies, the pipeline
/// with the database's catalog, intake, processing, review, reporting, search, the demo province, and the
/// background workers (which only run where a host runs hosted services).
/// </summary>
public static class ApplicationRegistration
{
    public static IServiceCollection AddTongHopApplication(this IServiceCollection services, ApplicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(options.Upload);
        services.AddSingleton(options.Limits);
        services.AddTongHopStorage(options.Storage);
        services.AddTongHopIdentity();
        services.AddAuthorizationCore(Policies.Add);
        services.AddScoped<Permissions>();
        services.AddMemoryCache();

        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddSingleton<CurrentCatalog>();
        services.AddSingleton<CatalogPipeline>();
        services.AddSingleton<JobSignal>();
        services.AddScoped<SubmissionIntake>();
        services.AddSingleton<IUnitMatcher, NameUnitMatcher>();
        services.AddSingleton<DocumentMatcher>();
        services.AddScoped<FileIntake>();
        services.AddScoped<IntakeInbox>();
        services.AddSingleton(options.Intake);
        services.AddScoped<WatchFolderIntake>();
        services.AddScoped<MailSettingsStore>();
        services.AddSingleton(options.Mail);
        services.AddScoped<MailSender>();
        services.AddScoped<MailIntake>();
        services.AddJobHandler<MailPollJob>(JobKinds.MailPoll);
        services.AddScoped<SubmissionWithdrawal>();
        services.AddScoped<RequestChanges>();
        services.AddScoped<DispatchReading>();
        services.AddScoped<SubmissionProcessor>();
        services.AddJobHandler<SubmissionProcessor>(JobKinds.Extract);
        services.AddScoped<ReviewService>();
        services.AddScoped<DocumentReviewService>();
        services.AddSingleton(new PageImageStore(Path.Combine(options.Storage.DataDirectory, "pages")));
        services.AddSingleton<PageImageService>();
        services.AddJobHandler<LayoutJob>(JobKinds.Layout);
        services.AddScoped<ReportReviewService>();
        services.AddSingleton(options.Reminders);
        services.AddScoped<ReminderService>();
        services.AddScoped<ReminderRequests>();
        services.AddScoped<TongHop.Application.Users.UnitAccounts>();
        services.AddJobHandler<ReminderJob>(JobKinds.Remind);
        services.AddScoped<ReportingQueries>();
        services.AddScoped<TrendQueries>();
        services.AddScoped<TableQueries>();
        services.AddScoped<SynthesisLoader>();
        services.AddScoped<DemoSeeder>();

        services.AddSingleton(options.Search);
        services.AddSingleton(_ => SearchIndex.Open(options.Search.IndexFolder));
        services.AddSingleton<ReportSearch>();

        services.AddSingleton(options.Workers);
        if (options.Workers.Enabled)
        {
            services.AddHostedService<JobWorker>();
            if (options.Reminders.Enabled)
            {
                services.AddHostedService<ReminderScheduler>();
            }
        }

        services.AddHostedService<SearchIndexingService>();
        services.AddHostedService<IntakePollingService>();
        return services;
    }
}
