using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Web.Tests.Testing;

/// <summary>
/// The web app over a given database and seeds folder, with an optional extractor in place of the real one.
/// Settings go in as configuration, as <c>ConnectionStrings__Postgres</c> and <c>OpsTracker__SeedsPath</c> would.
/// </summary>
public sealed class OpsTrackerWebFactory(IReadOnlyDictionary<string, string?> settings, IReportExtractor? extractor = null)
    : WebApplicationFactory<Program>
{
    public SeedingStatus Seeding => Services.GetRequiredService<SeedingStatus>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (extractor is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(extractor)));
        }
    }

    /// <summary>Waits until the background seeding has gone through every file.</summary>
    public async Task WaitForSeedingAsync()
    {
        _ = Server; // starts the host
        await Seeding.Completion.WaitAsync(TimeSpan.FromMinutes(2));
    }
}
